import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';

describe('the typed page API files', () => {
  const widgetDir = mkdtempSync(join(tmpdir(), 'tp-widget-'));
  writeFileSync(join(widgetDir, 'touchpoint-api.js'), 'export function touchpoint() {}');
  writeFileSync(join(widgetDir, 'touchpoint.d.ts'), 'export interface TouchpointCalls {}');
  const { app } = testApp({ widgetDir });

  it('serves the module and its declaration file to any origin', async () => {
    const module = await app.request('/touchpoint-api.js', { headers: { origin: 'https://spa.example' } });
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(module.headers.get('access-control-allow-origin')).toBe('*');
    expect(await module.text()).toContain('export function touchpoint');
    const types = await app.request('/touchpoint.d.ts', { headers: { origin: 'https://spa.example' } });
    expect(types.status).toBe(200);
    expect(types.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(types.headers.get('access-control-allow-origin')).toBe('*');
    expect(await types.text()).toContain('TouchpointCalls');
  });
});
