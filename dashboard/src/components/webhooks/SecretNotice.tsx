import { useEffect, useRef } from 'preact/hooks';
import type { CreatedWebhook } from '../../../../shared/schemas/webhook.ts';
import '../account/account.css';

/** The signing secret, once: the API never answers it again. */
export function SecretNotice({ webhook, onDone }: { webhook: CreatedWebhook; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="new-token" role="status" tabIndex={-1} ref={box} aria-labelledby="new-secret-title">
      <p id="new-secret-title" class="new-token-title">
        Copy the signing secret of {webhook.url} now. It will not be shown again.
      </p>
      <div class="new-token-value">
        <code aria-label="Signing secret">{webhook.secret}</code>
        <button type="button" class="button button-quiet" onClick={onDone}>
          Done
        </button>
      </div>
      <p class="muted">
        Verify each delivery's <code>webhook-signature</code> with it (any Standard Webhooks library does). Slack ignores it.
      </p>
    </div>
  );
}
