import { useEffect, useState } from 'preact/hooks';
import type { ImportPreview } from '../../../../shared/schemas/importJob.ts';
import type { ImportMapping } from '../../../../shared/schemas/importMapping.ts';
import { ApiError } from '../../api/ApiError.ts';
import { previewImport } from '../../api/importsApi.ts';

/** Typing in the form waits this long before the preview is asked again. */
const SETTLE_MS = 300;

/** The preview of the uploaded file with the mapping as it is now, asked again when the mapping settles. */
export function useImportPreview(siteKey: string, importId: string | undefined, mapping: ImportMapping | undefined) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify(mapping ?? null);
  useEffect(() => {
    if (!importId || !mapping) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewImport(siteKey, importId, mapping, controller.signal).then(
        (answer) => {
          setPreview(answer);
          setProblem(null);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setProblem(error instanceof ApiError ? [error.message, ...error.issues].join(' ') : 'Could not preview the file.');
        },
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [siteKey, importId, key]);
  return { preview: importId && mapping ? preview : null, problem };
}
