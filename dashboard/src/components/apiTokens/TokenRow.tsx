import { useState } from 'preact/hooks';
import type { ApiToken } from '../../../../shared/schemas/account.ts';
import { revokeApiToken } from '../../api/accountApi.ts';
import { ApiError } from '../../api/ApiError.ts';
import { formatDateTime, formatRelativeTime } from '../../format.ts';

interface Props {
  token: ApiToken;
  onRevoked: (id: number) => void;
  onProblem: (message: string | null) => void;
}

/** One live token; revoking (asked twice) stops it at once. */
export function TokenRow({ token, onRevoked, onProblem }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    onProblem(null);
    try {
      await revokeApiToken(token.id);
      onRevoked(token.id);
    } catch (error) {
      setBusy(false);
      onProblem(error instanceof ApiError ? error.message : 'Could not revoke the token. Try again.');
    }
  };

  return (
    <tr>
      <th scope="row" class="col-main">
        {token.name}
      </th>
      <td class="col-nowrap col-hide-narrow">{formatDateTime(token.createdAt)}</td>
      <td class="col-nowrap">{token.lastUsedAt ? formatRelativeTime(token.lastUsedAt, new Date()) : 'Never'}</td>
      <td class="col-actions">
        {confirming ? (
          <span class="row-actions">
            <span>Scripts using it stop working.</span>
            <button type="button" class="button button-confirm-remove" disabled={busy} onClick={revoke}>
              Revoke
            </button>
            <button type="button" class="button button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="button" aria-label={`Revoke ${token.name}`} onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
