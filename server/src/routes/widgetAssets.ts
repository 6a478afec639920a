import { Hono, type Context } from 'hono';
import { accepts } from 'hono/accepts';
import { cors } from 'hono/cors';
import type { AppDeps } from '../appContext.ts';
import { ApiError } from '../http/ApiError.ts';
import { readStaticFile } from './staticFile.ts';

/**
 * The widget, for any site to load: `/tp.js` keeps its name (it is in every
 * snippet) so it is cached briefly; chunks under `/w/` carry a content hash and
 * are cached for a year. The build writes each file brotli- and gzip-compressed
 * beside it (widget/build.ts): served as the browser accepts them, compressed
 * once at the highest levels rather than on every request.
 * `/touchpoint-api.js` and `/touchpoint.d.ts` are the typed page API for single-page apps.
 */
/** Brotli when the browser takes it, whatever order it names them in (Chrome says "gzip, deflate, br"), else gzip. */
const smallest = (accepted: { type: string; q: number }[]) =>
  ['br', 'gzip'].find((encoding) => accepted.some((a) => a.q > 0 && (a.type === encoding || a.type === '*'))) ?? 'identity';

export function widgetAssetRoutes({ config }: AppDeps) {
  const serve = (file: string, cacheControl: string, type?: string) => async (c: Context) => {
    const asset = await readStaticFile(config.widgetDir, file);
    if (!asset) {
      throw new ApiError(404, 'not_found', `Widget file ${file} not found. Was the widget built (npm run build)?`);
    }
    const encoding = accepts(c, { header: 'Accept-Encoding', supports: ['br', 'gzip'], default: 'identity', match: smallest });
    const compressed = encoding !== 'identity' && (await readStaticFile(config.widgetDir, `${file}.${encoding === 'br' ? 'br' : 'gz'}`));
    c.header('Cache-Control', cacheControl);
    c.header('Content-Type', type ?? asset.type);
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('Vary', 'Accept-Encoding');
    if (!compressed) return c.body(asset.body);
    c.header('Content-Encoding', encoding);
    return c.body(compressed.body);
  };
  return new Hono()
    .use('/tp.js', cors({ origin: '*' }))
    .use('/w/*', cors({ origin: '*' }))
    .use('/touchpoint-api.js', cors({ origin: '*' }))
    .use('/touchpoint.d.ts', cors({ origin: '*' }))
    .get('/tp.js', serve('tp.js', 'public, max-age=300'))
    // The typed page API for single-page apps (widget/api): the module and its types.
    .get('/touchpoint-api.js', serve('touchpoint-api.js', 'public, max-age=300'))
    .get('/touchpoint.d.ts', serve('touchpoint.d.ts', 'public, max-age=300', 'text/plain; charset=utf-8'))
    .get('/w/:file{[A-Za-z0-9_.-]+\\.js}', (c) =>
      serve(`w/${c.req.param('file')}`, 'public, max-age=31536000, immutable')(c),
    );
}
