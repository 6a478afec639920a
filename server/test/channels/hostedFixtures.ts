import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostedPageData } from '../../../shared/schemas/hostedSurvey.ts';
import { CHECKOUT_SURVEY, NPS_SURVEY } from '../surveyFixtures.ts';
import { testApp } from '../testApp.ts';

/** A built widget as far as hosted pages need it: the name of the `hosted` chunk. */
function widgetDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-hosted-widget-'));
  writeFileSync(join(dir, 'hosted.json'), JSON.stringify({ script: 'w/hosted-test.js' }));
  return dir;
}

/** A collector with the quarterly NPS and the after-purchase CSAT survey live on its site, green. */
export async function hostedApp() {
  const t = testApp({ widgetDir: widgetDir() });
  for (const survey of [NPS_SURVEY, CHECKOUT_SURVEY]) {
    await t.admin(`/api/sites/${t.site.key}/surveys/${survey.key}`, { method: 'PUT', body: JSON.stringify(survey) });
  }
  await t.admin(`/api/sites/${t.site.key}`, { method: 'PATCH', body: JSON.stringify({ appearance: { color: '#0a7d5a' } }) });
  const answers = () =>
    t.db.prepare('SELECT id, survey, question, score, value, channel, campaign, visit_id AS visitId FROM survey_answers ORDER BY received_at, id').all() as {
      id: string;
      survey: string;
      question: string;
      score: number | null;
      value: string | null;
      channel: string;
      campaign: string | null;
      visitId: string | null;
    }[];
  return { ...t, answers };
}

/** The data block a hosted page hands its script. */
export function pageData(html: string): HostedPageData {
  const json = /<script type="application\/json" id="tp-survey-data">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('no survey data in the page');
  return JSON.parse(json) as HostedPageData;
}
