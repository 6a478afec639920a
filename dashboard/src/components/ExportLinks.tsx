import type { SummaryRange } from '../state/viewFilters.ts';

interface Props {
  siteKey: string;
  /** The range on screen: the files hold the same period. */
  range: SummaryRange;
}

/**
 * The raw data of the period on screen, for a spreadsheet or another tool: the
 * collector streams it with the session cookie, so a plain link does. The view
 * filters do not apply: an export is every row of the period.
 */
export function ExportLinks({ siteKey, range }: Props) {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  const href = (file: string) => `/api/sites/${encodeURIComponent(siteKey)}/${file}?${query}`;
  return (
    <section class="panel card export-links" aria-labelledby="export-title">
      <div class="panel-head">
        <h2 id="export-title">Download this period</h2>
        <p class="muted panel-note">Every row of the dates above, whatever the filters; CSV cells never run as formulas</p>
      </div>
      <p>
        Responses: <a href={href('export.csv')} download>CSV</a> · <a href={href('export.ndjson')} download>NDJSON</a>
        <span class="export-links-gap" aria-hidden="true" />
        Survey answers: <a href={href('survey-answers.csv')} download>CSV</a> ·{' '}
        <a href={href('survey-answers.ndjson')} download>NDJSON</a>
      </p>
    </section>
  );
}
