import type { ImportJob } from '../../../../shared/schemas/importJob.ts';
import { importErrorsUrl } from '../../api/importsApi.ts';

/** Progress while the file is read and stored; what happened once it is. */
export function ImportReport({ siteKey, job }: { siteKey: string; job: ImportJob }) {
  const running = job.status === 'reading' || job.status === 'storing';
  const percent = Math.round(job.progress * 100);
  // A row can be wrong in several ways: rows and problems are counted apart.
  const invalidRows = job.rowsRead - job.rowsValid;
  const problems = `${job.errorCount.toLocaleString()} ${job.errorCount === 1 ? 'problem' : 'problems'}`;
  return (
    <section class="panel card import-report" aria-labelledby="import-report-title" aria-live="polite">
      <div class="panel-head">
        <h2 id="import-report-title">{running ? 'Importing…' : job.status === 'done' ? 'Imported' : 'Nothing was imported'}</h2>
        <p class="muted panel-note">{job.fileName}</p>
      </div>
      <progress class="import-progress" max={100} value={percent} aria-label="Share of the file read">
        {percent}%
      </progress>
      <p class="import-figures">
        {job.status === 'storing'
          ? `Storing ${job.rowsValid.toLocaleString()} rows…`
          : running
            ? `${percent}% read · ${job.rowsRead.toLocaleString()} rows · ${invalidRows.toLocaleString()} invalid`
            : job.status === 'done'
              ? `${job.inserted.toLocaleString()} rows imported · ${job.duplicates.toLocaleString()} already stored · ${invalidRows.toLocaleString()} invalid (${problems})`
              : job.failure}
      </p>
      {!running && job.errorCount > 0 && (
        <>
          <table class="import-table" aria-label="Invalid rows">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((error) => (
                <tr key={`${error.line}-${error.code}`}>
                  <td>{error.line}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a class="button" href={importErrorsUrl(siteKey, job.id)} download>
              Download all {problems} (CSV)
            </a>
          </p>
        </>
      )}
    </section>
  );
}
