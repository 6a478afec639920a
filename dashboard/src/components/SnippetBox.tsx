import { useState } from 'preact/hooks';
import './SnippetBox.css';

interface Props {
  /** Accessible name for the code, e.g. "Widget snippet". */
  label: string;
  code: string;
}

/** A block of code to paste somewhere, with a copy button. */
export function SnippetBox({ label, code }: Props) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      // Clipboard access is refused on plain-http origins other than localhost.
      setCopied('failed');
    }
  };

  return (
    <div class="snippet">
      <pre class="code-block" tabIndex={0} role="region" aria-label={label}>
        <code>{code}</code>
      </pre>
      <div class="snippet-actions">
        <button type="button" class="button" onClick={copy}>
          Copy
        </button>
        <span class="muted snippet-status" role="status">
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Select the text and copy it by hand.' : ''}
        </span>
      </div>
    </div>
  );
}
