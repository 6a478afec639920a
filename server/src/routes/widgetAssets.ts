import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import type { AppDeps } from '../appContext.ts';
import { ApiError } from '../http/ApiError.ts';
import { readStaticFile } from './staticFile.ts';

/**
 * The widget, for any site to load: `/tp.js` keeps its name (it is in every
 * snippet) so it is cached briefly; chunks under `/w/` carry a content hash and
 * are cached for a year.
 */
export function widgetAssetRoutes({ config }: AppDeps) {
  const serve = (file: string, cacheControl: string) => async (c: Context) => {
    const asset = await readStaticFile(config.widgetDir, file);
    if (!asset) {
      throw new ApiError(404, 'not_found', `Widget file ${file} not found. Was the widget built (npm run build)?`);
    }
    c.header('Cache-Control', cacheControl);
    c.header('Content-Type', asset.type);
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(asset.body);
  };
  return new Hono()
    .use('/tp.js', cors({ origin: '*' }), compress())
    .use('/w/*', cors({ origin: '*' }), compress())
    .get('/tp.js', serve('tp.js', 'public, max-age=300'))
    .get('/w/:file{[A-Za-z0-9_.-]+\\.js}', (c) =>
      serve(`w/${c.req.param('file')}`, 'public, max-age=31536000, immutable')(c),
    );
}
