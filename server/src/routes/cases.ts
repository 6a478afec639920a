import { Hono, type Context } from 'hono';
import {
  caseBulkSchema,
  caseListQuerySchema,
  caseNoteInputSchema,
  casePatchSchema,
  caseReplyInputSchema,
  problemResolveSchema,
} from '../../../shared/schemas/cases.ts';
import type { AssigneeList, CaseBulkResult } from '../../../shared/schemas/caseAnswers.ts';
import type { AppDeps } from '../appContext.ts';
import { principalOf } from '../auth/principal.ts';
import { addCaseNote } from '../cases/addCaseNote.ts';
import { caseLink, DEFAULT_MAIL_FROM, type CaseMailContext } from '../cases/assignmentMail.ts';
import { buildCaseDetail, buildCaseList } from '../cases/caseViews.ts';
import { applyCasePatch, checkCasePatch } from '../cases/changeCase.ts';
import { replyToCase, type ReplyContext } from '../cases/replyToCase.ts';
import { resolveProblem } from '../cases/resolveProblem.ts';
import type { Db } from '../db/openDatabase.ts';
import { findCase } from '../db/queries/cases/findCase.ts';
import { listSiteStaff } from '../db/queries/cases/siteStaff.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { publicOrigin } from '../http/publicOrigin.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';
import { idParam } from '../http/params/idParam.ts';
import { requireSite } from '../http/params/requireSite.ts';

function requireCase(db: Db, siteId: number, c: Context) {
  const row = findCase(db, siteId, idParam(c.req.param('id'), 'case'));
  if (!row) throw new ApiError(404, 'not_found', `No case with id ${c.req.param('id')}.`);
  return row;
}

/**
 * The inbox and the case page: `GET …/cases` (filters, paging), `GET …/cases/:id`
 * (notes, audit trail, mail, the visit), `PATCH` (status, team, assignee),
 * `POST …/bulk`, `POST …/notes`, `POST …/reply` (409 without a consenting contact);
 * `POST …/problems/resolve`: a fixed problem closes its open cases and tells their shoppers;
 * `GET …/assignees`: who can take a case.
 */
export function caseRoutes({ db, config }: AppDeps) {
  const actorOf = (c: Context) => principalOf(c).email;
  const replyContext = (c: Context): ReplyContext => ({
    origin: publicOrigin(c, config),
    defaultFrom: config.mailFrom ?? DEFAULT_MAIL_FROM,
    actor: actorOf(c),
    now: config.now(),
  });
  const caseMail = (c: Context): CaseMailContext => ({ from: config.mailFrom ?? DEFAULT_MAIL_FROM, dashboardUrl: publicOrigin(c, config) });
  return new Hono()
    .get('/:siteKey/cases', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const query = validate(caseListQuerySchema, c.req.query());
      return c.json(buildCaseList(db, site, query, config.now()));
    })
    .post('/:siteKey/cases/bulk', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const { ids, ...patch } = validate(caseBulkSchema, await readJsonBody(c));
      checkCasePatch(db, site.id, patch);
      const now = config.now();
      const changed = write(db, () =>
        ids.filter((id) => {
          const row = findCase(db, site.id, id);
          return row !== undefined && applyCasePatch(db, row, patch, actorOf(c), now, caseMail(c));
        }),
      );
      if (patch.assignee != null) config.mail?.kick();
      return c.json({ changed } satisfies CaseBulkResult);
    })
    .get('/:siteKey/cases/:id', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      return c.json(buildCaseDetail(db, requireCase(db, site.id, c), config.now()));
    })
    .patch('/:siteKey/cases/:id', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      requireCase(db, site.id, c);
      const patch = validate(casePatchSchema, await readJsonBody(c));
      checkCasePatch(db, site.id, patch);
      const now = config.now();
      // Read again inside the write: another change may have landed while the body was read.
      write(db, () => applyCasePatch(db, requireCase(db, site.id, c), patch, actorOf(c), now, caseMail(c)));
      if (patch.assignee != null) config.mail?.kick();
      return c.json(buildCaseDetail(db, requireCase(db, site.id, c), now));
    })
    .post('/:siteKey/cases/:id/notes', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const row = requireCase(db, site.id, c);
      const { text } = validate(caseNoteInputSchema, await readJsonBody(c));
      const caseUrl = caseLink(publicOrigin(c, config), site.key, row.id);
      addCaseNote(db, row, { text, actor: actorOf(c), defaultFrom: config.mailFrom ?? DEFAULT_MAIL_FROM, caseUrl, now: config.now() });
      config.mail?.kick();
      return c.json(buildCaseDetail(db, requireCase(db, site.id, c), config.now()), 201);
    })
    .post('/:siteKey/cases/:id/reply', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const row = requireCase(db, site.id, c);
      const reply = validate(caseReplyInputSchema, await readJsonBody(c));
      replyToCase(db, site, row, reply, replyContext(c));
      config.mail?.kick();
      return c.json(buildCaseDetail(db, requireCase(db, site.id, c), config.now()), 201);
    })
    .post('/:siteKey/problems/resolve', async (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const input = validate(problemResolveSchema, await readJsonBody(c));
      const result = resolveProblem(db, site, input, replyContext(c));
      if (result.told.length) config.mail?.kick();
      return c.json(result);
    })
    .get('/:siteKey/assignees', (c) => {
      const site = requireSite(db, c.req.param('siteKey'));
      const staff = listSiteStaff(db, site.id).filter((user) => user.role !== 'viewer');
      return c.json({ assignees: staff } satisfies AssigneeList);
    });
}
