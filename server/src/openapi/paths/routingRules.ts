import { DEFAULT_ROUTING } from '../../../../shared/defaultRouting.ts';
import { routingDryRunResultSchema, routingDryRunSchema, routingRulesSchema } from '../../../../shared/schemas/routingRules.ts';
import type { ApiOperation } from '../apiOperation.ts';

const RULES = {
  rules: [{ match: { kind: 'page_rating', page: { type: 'prefix', value: '/checkout/' }, scoreMax: 2 }, team: 'engineering' }, ...DEFAULT_ROUTING.rules],
  fallbackTeam: 'triage',
};
const NO_TEAM = { 400: 'A rule (or the fallback) names a team the site does not have: `error.issues` points at it.' };

/** routes/routingRules.ts */
export const routingRuleOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/routing-rules',
    tag: 'Routing',
    summary: 'The routing rules: the first that matches a case’s feedback picks its team, else the fallback team',
    answer: { status: 200, description: 'The rules.', schema: routingRulesSchema, example: DEFAULT_ROUTING },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/routing-rules',
    tag: 'Routing',
    summary: 'Replace the routing rules (they route cases opened from now on)',
    body: { schema: routingRulesSchema, example: RULES },
    answer: { status: 200, description: 'The rules as saved.', schema: routingRulesSchema, example: RULES },
    errors: NO_TEAM,
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/routing-rules/dry-run',
    tag: 'Routing',
    summary: 'What rules, as edited and not saved, would have done with the cases of the last `days` days',
    body: { schema: routingDryRunSchema, example: { ...RULES, days: 7 } },
    answer: {
      status: 200,
      description: 'Per rule (by position) the cases it would have caught first, the rest that fell to the fallback, and cases per team.',
      schema: routingDryRunResultSchema,
      example: { from: '2026-05-25T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z', cases: 9, perRule: [4, 2, 0, 1, 0, 0], fallback: 2, perTeam: { engineering: 6, 'form-owners': 1, triage: 2 } },
    },
  },
];
