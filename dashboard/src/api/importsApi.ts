import type { ImportJob, ImportMode, ImportPreview } from '../../../shared/schemas/importJob.ts';
import type { ImportMapping, SavedImportMappings } from '../../../shared/schemas/importMapping.ts';
import { apiRequest } from './client.ts';

const sitePath = (siteKey: string) => `/api/sites/${encodeURIComponent(siteKey)}`;

/** Sends the file as it is; the collector streams it to disk and answers its columns. */
export function uploadImportFile(siteKey: string, file: File): Promise<ImportJob> {
  return apiRequest<ImportJob>(`${sitePath(siteKey)}/imports?name=${encodeURIComponent(file.name)}`, { method: 'POST', file });
}

export function previewImport(siteKey: string, id: string, mapping: ImportMapping, signal?: AbortSignal): Promise<ImportPreview> {
  return apiRequest<ImportPreview>(`${sitePath(siteKey)}/imports/${id}/preview`, { method: 'POST', body: { mapping, rows: 8 }, signal });
}

export function startImport(siteKey: string, id: string, mapping: ImportMapping, mode: ImportMode): Promise<ImportJob> {
  return apiRequest<ImportJob>(`${sitePath(siteKey)}/imports/${id}/start`, { method: 'POST', body: { mapping, mode } });
}

export function getImport(siteKey: string, id: string): Promise<ImportJob> {
  return apiRequest<ImportJob>(`${sitePath(siteKey)}/imports/${id}`);
}

export function importErrorsUrl(siteKey: string, id: string): string {
  return `${sitePath(siteKey)}/imports/${id}/errors.csv`;
}

export function listImportMappings(siteKey: string, signal?: AbortSignal): Promise<SavedImportMappings> {
  return apiRequest<SavedImportMappings>(`${sitePath(siteKey)}/import-mappings`, { signal });
}

export function deleteImportMapping(siteKey: string, name: string): Promise<unknown> {
  return apiRequest(`${sitePath(siteKey)}/import-mappings/${encodeURIComponent(name)}`, { method: 'DELETE' });
}

export function saveImportMapping(siteKey: string, name: string, mapping: ImportMapping): Promise<unknown> {
  return apiRequest(`${sitePath(siteKey)}/import-mappings/${encodeURIComponent(name)}`, { method: 'PUT', body: { mapping } });
}
