import { can, useMe } from '../hooks/useMe.ts';
import { SnippetBox } from './SnippetBox.tsx';
import { browserTimeZone } from './siteSettings/timeZoneChoices.ts';
import './EmptyState.css';

/**
 * No site to show: on a first run say exactly how to add one; to a member or
 * viewer, whom no site was given yet, say who can give one.
 */
export function NoSites({ onReload }: { onReload: () => void }) {
  const me = useMe();
  if (!me) return null; // a moment: showing the admin's command to a viewer, then taking it back, would confuse
  if (!can(me, 'admin')) {
    return (
      <section class="empty-state card" aria-labelledby="no-sites-title">
        <h1 id="no-sites-title">No site shared with you yet</h1>
        <p>You see only the sites an admin gives you. Ask one of your admins to tick a site for you on the Team page.</p>
        <div>
          <button type="button" class="button button-primary" onClick={onReload}>
            Check again
          </button>
        </div>
      </section>
    );
  }
  const curl = [
    `curl -X POST ${location.origin}/api/sites \\`,
    `  -H "Authorization: Bearer $TOUCHPOINT_ADMIN_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    // The site's days are cut in its zone; the browser's is the best first guess of where the shop is run from.
    `  -d '${JSON.stringify({ name: 'My shop', origins: ['https://shop.example.com'], timeZone: browserTimeZone() })}'`,
  ].join('\n');
  return (
    <section class="empty-state card" aria-labelledby="no-sites-title">
      <h1 id="no-sites-title">Add your first site</h1>
      <p>
        A site is a shop or web app whose pages carry the feedback widget. Add one with the admin token, listing the
        origins its pages are served from and the time zone whose days its charts use (yours, proposed here):
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
