import { ensureCheckoutJourney } from '../../demo/ensureCheckoutJourney.ts';
import { ensureDemoTouchpoints } from '../../demo/demoTouchpoints.ts';
import { ensureOrderSurvey } from '../../demo/ensureOrderSurvey.ts';
import { seedDemoSite } from '../../demo/seedDemo.ts';
import { e2eNow } from './clock.ts';
import { ADMIN_TOKEN, type Stack } from './stack.ts';

/** The stack's site as `npm run demo:seed` sets the demo site up: journey, survey, touchpoint map, 60 days of data up to the suite's clock. */
export async function seedDemoStack(stack: Stack): Promise<void> {
  const api = { collectorUrl: stack.collectorUrl, adminToken: ADMIN_TOKEN };
  await stack.admin('PUT', `/api/sites/${stack.site.key}/touchpoints`, { touchpoints: [] });
  await ensureCheckoutJourney(api, stack.site.key);
  await ensureOrderSurvey(api, stack.site.key);
  await ensureDemoTouchpoints(api, stack.site.key);
  await seedDemoSite({ ...api, siteKey: stack.site.key, generate: { now: e2eNow() } });
}
