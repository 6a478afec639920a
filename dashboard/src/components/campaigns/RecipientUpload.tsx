import { useState } from 'preact/hooks';
import type { RecipientUploadResult } from '../../../../shared/schemas/campaigns.ts';
import { ApiError } from '../../api/ApiError.ts';
import { uploadRecipients } from '../../api/campaignsApi.ts';
import { Field } from '../form/Field.tsx';

const PROBLEM_LABELS = { invalid: 'Not used', duplicate: 'Duplicate', suppressed: 'Unsubscribed' } as const;

/** Uploads a CSV of recipients and shows, row by row, what was not taken and why. */
export function RecipientUpload({ siteKey, slug, onUploaded }: { siteKey: string; slug: string; onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RecipientUploadResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return setProblem('Choose a CSV file first.');
    setBusy(true);
    setProblem(null);
    try {
      setReport(await uploadRecipients(siteKey, slug, await file.text()));
      onUploaded();
    } catch (error) {
      setProblem(error instanceof ApiError ? [error.message, ...error.issues].join(' ') : 'Could not upload the list. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel card needs-member" aria-labelledby="upload-title">
      <div class="panel-head">
        <h2 id="upload-title">Recipients</h2>
      </div>
      <form class="campaign-inline-form" onSubmit={submit} noValidate>
        <Field id="recipients-file" label="CSV file" help="Columns: email, name, language (such as en or zh-CN); any other column (order_id, store…) can be used in the message.">
          <input id="recipients-file" class="input" type="file" accept=".csv,text/csv" aria-describedby="recipients-file-help" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </Field>
        <button type="submit" class="button" disabled={busy} aria-busy={busy}>
          Upload list
        </button>
      </form>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      {report && (
        <div class="upload-report" role="status">
          <p>
            <strong>{report.added}</strong> {report.added === 1 ? 'recipient' : 'recipients'} added
            {report.issues.length > 0 && `; ${report.issues.length} ${report.issues.length === 1 ? 'row' : 'rows'} not used:`}
          </p>
          {report.issues.length > 0 && (
            <table class="campaign-table" aria-label="Rows not used">
              <thead>
                <tr>
                  <th scope="col" class="num">Line</th>
                  <th scope="col">Address</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue) => (
                  <tr key={`${issue.line}-${issue.problem}`}>
                    <td class="num">{issue.line}</td>
                    <td>{issue.email ?? '—'}</td>
                    <td>
                      <span class={`campaign-status is-${issue.problem}`}>{PROBLEM_LABELS[issue.problem]}</span> {issue.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
