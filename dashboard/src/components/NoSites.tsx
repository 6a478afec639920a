import { SnippetBox } from './SnippetBox.tsx';
import './EmptyState.css';

/** First run: there is no site yet, so say exactly how to add one. */
export function NoSites({ onReload }: { onReload: () => void }) {
  const curl = [
    `curl -X POST ${location.origin}/api/sites \\`,
    `  -H "Authorization: Bearer $TOUCHPOINT_ADMIN_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"name":"My shop","origins":["https://shop.example.com"]}'`,
  ].join('\n');
  return (
    <section class="empty-state card" aria-labelledby="no-sites-title">
      <h1 id="no-sites-title">Add your first site</h1>
      <p>
        A site is a shop or web app whose pages carry the feedback widget. Add one with the admin token, listing the
        origins its pages are served from:
      </p>
      <SnippetBox label="Command to add a site" code={curl} />
      <p>
        Trying Touchpoint out? <code>npm start</code> creates a demo site with sample responses.
      </p>
      <div>
        <button type="button" class="button button-primary" onClick={onReload}>
          I have added a site
        </button>
      </div>
    </section>
  );
}
