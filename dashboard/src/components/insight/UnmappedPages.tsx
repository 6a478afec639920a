import type { JourneyMap } from '../../../../shared/schemas/journeyMap.ts';
import { formatCount } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';
import './UnmappedPages.css';

interface Props {
  unmapped: JourneyMap['unmapped'];
  editHref: string;
}

/** Pages no touchpoint claims, so the map never hides feedback. */
export function UnmappedPages({ unmapped, editHref }: Props) {
  const { current, pages, pageCount } = unmapped;
  return (
    <section class="panel card" aria-labelledby="unmapped-title">
      <div class="panel-head">
        <h2 id="unmapped-title">Pages not in any touchpoint</h2>
        <p class="muted panel-note">
          {pageCount === 0
            ? 'Every page with feedback belongs to a touchpoint.'
            : `${formatCount(pageCount)} ${pageCount === 1 ? 'page' : 'pages'} · ${formatCount(current.responses)} ratings · ${formatCount(current.abandonments)} abandoned`}
        </p>
      </div>
      {pages.length > 0 && (
        <>
          <table class="unmapped-table" aria-label="Pages not in any touchpoint, busiest first">
            <thead>
              <tr>
                <th scope="col">Page</th>
                <th scope="col" class="col-number">
                  Ratings
                </th>
                <th scope="col" class="col-number">
                  Abandoned
                </th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={page.path}>
                  <th scope="row">
                    <PagePath class="page-path" path={page.path} />
                  </th>
                  <td class="col-number">{formatCount(page.responses)}</td>
                  <td class="col-number">{formatCount(page.abandonments)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="unmapped-action">
            <a class="button" href={editHref}>
              Assign pages to touchpoints
            </a>
          </p>
        </>
      )}
    </section>
  );
}
