import { useEffect, useState } from 'preact/hooks';
import type { ImportJob } from '../../../../shared/schemas/importJob.ts';
import { getImport } from '../../api/importsApi.ts';

/** How often a running import is asked where it is: often enough for a smooth bar, rarely enough to cost nothing. */
const POLL_MS = 400;

/** The started import, asked again until it is done or failed. */
export function useImportJob(siteKey: string, started: ImportJob | null): ImportJob | null {
  const [job, setJob] = useState<ImportJob | null>(started);
  useEffect(() => setJob(started), [started]);
  const running = job?.status === 'reading' || job?.status === 'storing';
  useEffect(() => {
    if (!job || !running) return;
    const timer = setTimeout(() => {
      getImport(siteKey, job.id).then(setJob, () => setJob({ ...job }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [siteKey, job, running]);
  return job;
}
