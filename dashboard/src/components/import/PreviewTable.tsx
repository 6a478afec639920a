import type { ImportPreview } from '../../../../shared/schemas/importJob.ts';

/** The first rows as Touchpoint will store them; a row that cannot be stored says why, in its place. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  if (preview.fileErrors.length > 0) {
    return (
      <ul class="import-file-errors" role="alert">
        {preview.fileErrors.map((error) => (
          <li key={error.message}>{error.message}</li>
        ))}
      </ul>
    );
  }
  if (preview.rows.length === 0) return <p class="muted">The file has a header and no rows.</p>;
  return (
    <div class="import-table-wrap">
      <table class="import-table" aria-label="Preview of the first rows as stored">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Date (UTC)</th>
            <th scope="col">Channel</th>
            <th scope="col">Page</th>
            <th scope="col">Stored score</th>
            <th scope="col">Comment</th>
            <th scope="col">Language</th>
            <th scope="col">Attributes</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) =>
            row.stored ? (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.stored.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{row.stored.channel}</td>
                <td>{row.stored.path}</td>
                <td>
                  {row.stored.score} <span class="muted">{row.stored.scoreType.toUpperCase()}</span>
                </td>
                <td class="import-comment">{row.stored.comment ?? ''}</td>
                <td>{row.stored.lang ?? ''}</td>
                <td>
                  {Object.entries(row.stored.attributes ?? {})
                    .map(([name, value]) => `${name}: ${value}`)
                    .join(', ')}
                </td>
              </tr>
            ) : (
              <tr key={row.line} class="import-row-error">
                <td>{row.line}</td>
                <td colSpan={7}>{row.errors.map((error) => error.message).join('; ')}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
