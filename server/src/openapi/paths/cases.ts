import { assigneeListSchema, caseBulkResultSchema, problemResolveResultSchema } from '../../../../shared/schemas/caseAnswers.ts';
import {
  caseBulkSchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseListSchema,
  caseNoteInputSchema,
  casePatchSchema,
  caseReplyInputSchema,
  problemResolveSchema,
} from '../../../../shared/schemas/cases.ts';
import type { ApiOperation } from '../apiOperation.ts';
import { RANGE } from './examples.ts';

const CASE_PATH = '/api/sites/:siteKey/cases/:id';
const THE_CASE = 'The case as it now is: its notes, audit trail, mail and the visit’s story.';

/** routes/cases.ts */
export const caseOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/cases',
    tag: 'Cases',
    summary: 'The inbox: cases by the view filters (on their feedback), status, team, assignee, overdue, reason or text, a page at a time',
    query: { schema: caseListQuerySchema, example: { ...RANGE, status: 'new,in_progress', team: 'engineering', sort: 'oldest', limit: '50' } },
    answer: { status: 200, description: 'One page of cases, whether there are more, the total and the counts per status.', schema: caseListSchema },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/cases/bulk',
    tag: 'Cases',
    summary: 'The same change (status, team, assignee) on many cases, in one transaction',
    body: { schema: caseBulkSchema, example: { ids: [12, 13, 17], status: 'in_progress', team: 'engineering' } },
    answer: { status: 200, description: 'The ids of the cases it changed (ids of no case of the site are skipped).', schema: caseBulkResultSchema, example: { changed: [12, 17] } },
    errors: { 400: 'A team or assignee that is not the site’s.' },
  },
  {
    method: 'get',
    path: CASE_PATH,
    tag: 'Cases',
    summary: 'A case: its feedback, notes, audit trail, mail sent and the whole visit',
    answer: { status: 200, description: 'The case.', schema: caseDetailSchema },
  },
  {
    method: 'patch',
    path: CASE_PATH,
    tag: 'Cases',
    summary: 'Change a case’s status, team or assignee (`assignee: null` unassigns); each change goes in its audit trail',
    body: { schema: casePatchSchema, example: { status: 'waiting_on_customer', assignee: null } },
    answer: { status: 200, description: THE_CASE, schema: caseDetailSchema },
    errors: { 400: 'A team or assignee that is not the site’s.' },
  },
  {
    method: 'post',
    path: `${CASE_PATH}/notes`,
    tag: 'Cases',
    summary: 'Add an internal note; `@email` mentions of the site’s staff are e-mailed a link to the case',
    body: { schema: caseNoteInputSchema, example: { text: '@ana@team.example the card form times out after 30 s on mobile.' } },
    answer: { status: 201, description: THE_CASE, schema: caseDetailSchema },
  },
  {
    method: 'post',
    path: `${CASE_PATH}/reply`,
    tag: 'Cases',
    summary: 'Reply to the shopper by e-mail (queued, sent after commit), with an opt-out and a signed “back to the shop” link',
    body: { schema: caseReplyInputSchema, example: { text: 'Thank you for telling us: the payment timeout you hit is fixed.', lang: 'en' } },
    answer: { status: 201, description: THE_CASE, schema: caseDetailSchema },
    errors: { 409: 'The shopper gave no contact with consent, or opted out.' },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/problems/resolve',
    tag: 'Cases',
    summary: 'A fix-first problem is fixed: resolve its open cases at once and, with `text`, tell each of their shoppers who can be told in one message',
    body: { schema: problemResolveSchema, example: { problem: 'page:/checkout/payment', text: 'We fixed the payment timeout you hit.', lang: 'en' } },
    answer: { status: 200, description: 'The cases resolved, and those whose shopper was told.', schema: problemResolveResultSchema, example: { resolved: [12, 13], told: [12] } },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/assignees',
    tag: 'Cases',
    summary: 'Who a case can be given to: the site’s members and admins',
    answer: {
      status: 200,
      description: 'The assignees, by e-mail.',
      schema: assigneeListSchema,
      example: { assignees: [{ id: 42, email: 'ana@team.example', role: 'member' }] },
    },
  },
];
