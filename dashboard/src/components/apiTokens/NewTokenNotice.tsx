import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreatedApiToken } from '../../../../shared/schemas/account.ts';

/** The token, once: only its hash is kept, so this is the only time anyone sees it. */
export function NewTokenNotice({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (plain http): the value is selectable instead
    }
  };

  return (
    <div class="new-token" role="status" tabIndex={-1} ref={box} aria-labelledby="new-token-title">
      <p id="new-token-title" class="new-token-title">
        Copy the token “{token.name}” now. It will not be shown again.
      </p>
      <div class="new-token-value">
        <code aria-label="New API token">{token.token}</code>
        <button type="button" class="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" class="button button-quiet" onClick={onDone}>
          Done
        </button>
      </div>
      <p class="muted">
        Send it as <code>Authorization: Bearer …</code>. Anyone who has it can act as you, so keep it in a secret store.
      </p>
    </div>
  );
}
