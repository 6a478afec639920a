import { DEFAULT_TEAMS } from '../../../../shared/defaultRouting.ts';
import { teamsSchema } from '../../../../shared/schemas/teams.ts';
import type { ApiOperation } from '../apiOperation.ts';

const ENGINEERING = { ...DEFAULT_TEAMS[0]!, email: 'eng@team.example', businessHours: { days: [1, 2, 3, 4, 5], start: 9, end: 17 } };
const TEAMS = { teams: [ENGINEERING, ...DEFAULT_TEAMS.slice(1)] };

/** routes/teams.ts */
export const teamOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/teams',
    tag: 'Routing',
    summary: 'The site’s teams with their targets and members (the defaults until it saves its own)',
    answer: { status: 200, description: 'The teams.', schema: teamsSchema, example: { teams: DEFAULT_TEAMS } },
  },
  {
    method: 'put',
    path: '/api/sites/:siteKey/teams',
    tag: 'Routing',
    summary: 'Replace the teams: first-response and resolution targets in hours, office hours (UTC), members',
    body: { schema: teamsSchema, example: TEAMS },
    answer: { status: 200, description: 'The teams as saved.', schema: teamsSchema, example: TEAMS },
    errors: { 409: 'The routing rules still send cases to a team left out: change the rules first.' },
  },
];
