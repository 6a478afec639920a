import { useState } from 'preact/hooks';
import type { ImportJob, ImportMode } from '../../../shared/schemas/importJob.ts';
import type { Site } from '../../../shared/schemas/site.ts';
import { ApiError } from '../api/ApiError.ts';
import { deleteImportMapping, listImportMappings, saveImportMapping, startImport, uploadImportFile } from '../api/importsApi.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Field } from '../components/form/Field.tsx';
import { ImportReport } from '../components/import/ImportReport.tsx';
import { MappingForm } from '../components/import/MappingForm.tsx';
import { draftOf, emptyDraft, mappingOf, type MappingDraft } from '../components/import/mappingDraft.ts';
import { PreviewTable } from '../components/import/PreviewTable.tsx';
import { useImportJob } from '../components/import/useImportJob.ts';
import { useImportPreview } from '../components/import/useImportPreview.ts';
import { LoadingState } from '../components/LoadingState.tsx';
import { SiteParamPage } from '../components/page/SiteParamPage.tsx';
import { usePageTitle } from '../components/page/usePageTitle.ts';
import { can, useMe } from '../hooks/useMe.ts';
import { useRequest } from '../hooks/useRequest.ts';
import '../components/import/import.css';

/** `/import` (admins): a CSV or XLSX export from a call centre, a store survey or another tool, mapped and imported. */
export function ImportPage() {
  const me = useMe();
  return (
    <SiteParamPage>
      {(site) =>
        !me ? (
          <LoadingState label="Loading…" />
        ) : can(me, 'admin') ? (
          <SiteImport key={site.key} site={site} />
        ) : (
          <p class="account-notice">Only admins import data. Ask one of them to import the file.</p>
        )
      }
    </SiteParamPage>
  );
}

const problemText = (error: unknown, fallback: string) => (error instanceof ApiError ? [error.message, ...error.issues].join(' ') : fallback);

function SiteImport({ site }: { site: Site }) {
  usePageTitle('Import', site.name);
  const [version, setVersion] = useState(0);
  const saved = useRequest((signal) => listImportMappings(site.key, signal), [site.key, version]);
  const [upload, setUpload] = useState<ImportJob | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState<MappingDraft>(emptyDraft);
  const [savedName, setSavedName] = useState('');
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [started, setStarted] = useState<ImportJob | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const job = useImportJob(site.key, started);
  const mapping = mappingOf(draft);
  const { preview, problem: previewProblem } = useImportPreview(site.key, upload?.id, mapping.ok ? mapping.mapping : undefined);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    setProblem(null);
    setStarted(null);
    try {
      setUpload(await uploadImportFile(site.key, file));
    } catch (error) {
      setUpload(null);
      setProblem(problemText(error, 'Could not upload the file. Try again.'));
    } finally {
      setUploading(false);
    }
  };
  const loadSaved = (name: string) => {
    const found = saved.data?.mappings.find((m) => m.name === name);
    if (!found) return;
    setDraft(draftOf(found.mapping));
    setSavedName(name);
  };
  const save = async () => {
    if (!mapping.ok || !savedName.trim()) return;
    try {
      await saveImportMapping(site.key, savedName.trim(), mapping.mapping);
      setNotice(`Saved as “${savedName.trim()}”: choose it next month.`);
      setVersion((n) => n + 1);
    } catch (error) {
      setNotice(problemText(error, 'Could not save the mapping.'));
    }
  };
  const isSaved = saved.data?.mappings.some((m) => m.name === savedName.trim()) ?? false;
  const forget = async () => {
    const name = savedName.trim();
    try {
      await deleteImportMapping(site.key, name);
      setNotice(`Deleted “${name}”; the form keeps it until you change it.`);
      setSavedName('');
      setVersion((n) => n + 1);
    } catch (error) {
      setNotice(problemText(error, 'Could not delete the mapping.'));
    }
  };
  const start = async () => {
    if (!upload || !mapping.ok) return;
    setProblem(null);
    try {
      setStarted(await startImport(site.key, upload.id, mapping.mapping, mode));
    } catch (error) {
      setProblem(problemText(error, 'Could not start the import. Try again.'));
    }
  };
  const running = job?.status === 'reading' || job?.status === 'storing';

  return (
    <>
      <div class="page-head">
        <div class="page-title">
          <h1>Import</h1>
          <p class="muted">
            {site.name} · answers from a call centre, a store survey or another feedback tool: a CSV or Excel (.xlsx) export, up to 50 MB. Map its
            columns once, save the mapping, and next month’s file imports in a minute.
          </p>
        </div>
      </div>

      <section class="panel card" aria-labelledby="import-file-title">
        <div class="panel-head">
          <h2 id="import-file-title">1. The file</h2>
        </div>
        <div class="import-grid">
          <Field id="import-file" label="CSV or XLSX export" help={upload ? `${upload.fileName}: ${upload.columns.length} columns` : 'Its first row names the columns.'}>
            <input
              id="import-file"
              class="input"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={uploading || running}
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          </Field>
          <Field id="import-saved" label="Saved mapping" help={saved.data?.mappings.length ? 'Fills the form below.' : 'None saved yet.'}>
            <select id="import-saved" class="input" value={savedName} onChange={(e) => loadSaved(e.currentTarget.value)}>
              <option value="">— a new mapping —</option>
              {saved.data?.mappings.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {uploading && <LoadingState label="Uploading…" />}
        {problem && <ErrorNotice title="That did not work" error={new ApiError(400, 'invalid_payload', problem)} />}
      </section>

      {upload && (
        <section class="panel card" aria-labelledby="import-mapping-title">
          <div class="panel-head">
            <h2 id="import-mapping-title">2. Map the columns</h2>
            <p class="muted panel-note">* required</p>
          </div>
          <MappingForm columns={upload.columns} draft={draft} onChange={setDraft} />
          <div class="import-save">
            <Field id="import-save-name" label="Save this mapping as">
              <input id="import-save-name" class="input" placeholder="Call centre" value={savedName} onInput={(e) => setSavedName(e.currentTarget.value)} />
            </Field>
            <button type="button" class="button" disabled={!mapping.ok || !savedName.trim()} onClick={() => void save()}>
              Save mapping
            </button>
            {isSaved && (
              <button type="button" class="button button-quiet" onClick={() => void forget()}>
                Delete saved “{savedName.trim()}”
              </button>
            )}
            <p class="muted import-notice" role="status">
              {notice}
            </p>
          </div>
        </section>
      )}

      {upload && (
        <section class="panel card" aria-labelledby="import-preview-title">
          <div class="panel-head">
            <h2 id="import-preview-title">3. Preview: the first rows as they will be stored</h2>
          </div>
          {!mapping.ok ? (
            <p class="muted">{mapping.problem}</p>
          ) : previewProblem ? (
            <p class="import-problem" role="alert">
              {previewProblem}
            </p>
          ) : preview ? (
            <PreviewTable preview={preview} />
          ) : (
            <LoadingState label="Reading the first rows…" />
          )}
          <fieldset class="import-mode">
            <legend class="field-label">If some rows are invalid</legend>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'all-or-nothing'} onChange={() => setMode('all-or-nothing')} /> Import nothing, and list them
            </label>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'valid-only'} onChange={() => setMode('valid-only')} /> Import the valid rows, and list the others
            </label>
          </fieldset>
          <div>
            <button type="button" class="button button-primary" disabled={!mapping.ok || running} onClick={() => void start()}>
              Start the import
            </button>
          </div>
        </section>
      )}

      {job && <ImportReport siteKey={site.key} job={job} />}
    </>
  );
}
