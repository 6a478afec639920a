import type { Site } from '../../../shared/schemas/site.ts';
import { SnippetBox } from './SnippetBox.tsx';
import './EmptyState.css';

/** A site with nothing in the chosen range: either the widget is not live yet, or the range is too short. */
export function NoResponses({ site }: { site: Site }) {
  // The same snippet as the README: the queue stub, then the async script tag.
  const snippet =
    `<script>window.touchpoint = window.touchpoint || function(){(touchpoint.q = touchpoint.q || []).push(arguments)}</script>\n` +
    `<script async src="${location.origin}/tp.js" data-site="${site.key}"></script>`;
  return (
    <section class="empty-state card" aria-labelledby="no-responses-title">
      <h2 id="no-responses-title">No responses in this range yet</h2>
      <p>
        Paste the snippet into the <code>&lt;head&gt;</code> of your pages and a feedback tab will appear on every
        page. Or pick a longer date range above.
      </p>
      <SnippetBox label="Widget snippet" code={snippet} />
      {site.origins.length > 0 && (
        <p class="muted">
          Responses are accepted from {site.origins.length === 1 ? 'this origin' : 'these origins'}:{' '}
          {site.origins.map((origin, i) => (
            <span key={origin}>
              {i > 0 && ', '}
              <code>{origin}</code>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
