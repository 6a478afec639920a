import { fileURLToPath } from 'node:url';
import type { Rollup } from 'vite';

let built: Promise<string> | undefined;

/**
 * The SPA's script, bundled once on first request (app.ts with its routes and
 * widget/api, about 3 KB): the demo server has no build step of its own.
 */
export function spaScript(): Promise<string> {
  built ??= (async () => {
    // Loaded only when the SPA is first asked for, so the demo shop starts as fast as before.
    const { build } = await import('vite');
    const [output] = (await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        target: 'es2020',
        lib: { entry: fileURLToPath(new URL('./app.ts', import.meta.url)), formats: ['es'], fileName: () => 'app.js' },
      },
    })) as Rollup.RollupOutput[];
    return output!.output[0].code;
  })();
  return built;
}
