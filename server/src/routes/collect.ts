import { Hono } from 'hono';
import { LIMITS } from '../../../shared/limits.ts';
import { responseInputSchema, type Accepted } from '../../../shared/schemas/response.ts';
import { bodyLimitJson } from '../http/bodyLimitJson.ts';
import { deviceFromUserAgent } from '../http/deviceFromUserAgent.ts';
import type { IngestDeps } from '../http/ingestionGuard.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { protectInput } from '../privacy/protectInput.ts';
import { visitorHash } from '../privacy/visitorHash.ts';
import { requireSiteOrigin } from '../http/params/requireSiteOrigin.ts';
import { storeInput } from '../ingest/storeInput.ts';

/** `POST /v1/responses`: what shoppers send from the widget. */
export function collectRoutes({ db, config, guard }: IngestDeps) {
  return new Hono().post('/responses', bodyLimitJson(LIMITS.collectBody), async (c) => {
    const input = validate(responseInputSchema, await readJsonBody(c, { allowTextPlain: true }));
    const site = requireSiteOrigin(db, input.site, c.req.header('origin'));
    // Bots get the same answer as everyone, so they learn nothing; nothing is stored.
    if (guard.admit(c, site) === 'drop') return c.json({ id: input.id } satisfies Accepted, 202);
    const userAgent = c.req.header('user-agent');
    const now = config.now();
    await storeInput(db, site, protectInput(input, site), {
      device: deviceFromUserAgent(userAgent),
      now,
      visitorHash: visitorHash(db, site.key, guard.clientAddress(c), userAgent, now),
    });
    return c.json({ id: input.id } satisfies Accepted, 202);
  });
}
