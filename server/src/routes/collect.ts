import { Hono } from 'hono';
import { LIMITS } from '../../../shared/limits.ts';
import { responseInputSchema, type Accepted } from '../../../shared/schemas/response.ts';
import type { AppDeps } from '../appContext.ts';
import { bodyLimitJson } from '../http/bodyLimitJson.ts';
import { deviceFromUserAgent } from '../http/deviceFromUserAgent.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { requireSiteOrigin } from './requireSiteOrigin.ts';
import { storeInput } from './storeInput.ts';

/** `POST /v1/responses`: what shoppers send from the widget. */
export function collectRoutes({ db }: AppDeps) {
  return new Hono().post('/responses', bodyLimitJson(LIMITS.collectBody), async (c) => {
    const input = validate(responseInputSchema, await readJsonBody(c, { allowTextPlain: true }));
    const site = requireSiteOrigin(db, input.site, c.req.header('origin'));
    storeInput(db, site, input, { device: deviceFromUserAgent(c.req.header('user-agent')), now: Date.now() });
    return c.json({ id: input.id } satisfies Accepted, 202);
  });
}
