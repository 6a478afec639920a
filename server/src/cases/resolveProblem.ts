import type { ReplyLang } from '../../../shared/schemas/cases.ts';
import type { ProblemResolveResult } from '../../../shared/schemas/caseAnswers.ts';
import type { Db } from '../db/openDatabase.ts';
import { findCaseContact } from '../db/queries/cases/caseContact.ts';
import { findCase } from '../db/queries/cases/findCase.ts';
import { listOpenCasesOfProblem } from '../db/queries/cases/openCasesOfProblem.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { write } from '../db/write.ts';
import { applyCasePatch } from './changeCase.ts';
import { queueReply, type ReplyContext } from './replyToCase.ts';

/**
 * A fixed problem closes its open cases in one transaction, and with `text`
 * tells every shopper among them who gave an address with consent and has not
 * opted out, each in their own language unless `lang` is given.
 */
export function resolveProblem(
  db: Db,
  site: StoredSite,
  input: { problem: string; text?: string; lang?: ReplyLang },
  ctx: ReplyContext,
): ProblemResolveResult {
  return write(db, () => {
    const resolved: number[] = [];
    const told: number[] = [];
    for (const open of listOpenCasesOfProblem(db, site.id, input.problem)) {
      if (input.text !== undefined) {
        const contact = findCaseContact(db, open.id);
        if (contact && !contact.optedOut) {
          queueReply(db, site, open, contact, { text: input.text, lang: input.lang }, ctx);
          told.push(open.id);
        }
      }
      applyCasePatch(db, findCase(db, site.id, open.id)!, { status: 'resolved' }, ctx.actor, ctx.now);
      resolved.push(open.id);
    }
    return { resolved, told };
  });
}
