import type { Db } from '../../db/openDatabase.ts';
import { insertMail } from '../../db/queries/mail/insertMail.ts';
import { listSites } from '../../db/queries/sites/listSites.ts';
import { siteTimeZone } from '../../db/queries/sites/siteTimeZone.ts';
import { claimTeamDigest, digestedTeams } from '../../db/queries/teams/teamDigests.ts';
import { write } from '../../db/write.ts';
import { siteTeams } from '../../routing/siteRouting.ts';
import { digestDocument } from './digestDocument.ts';
import { digestHtml } from './digestHtml.ts';
import { digestText } from './digestText.ts';
import { dueDigestWeek } from './digestWeek.ts';
import { siteWeek, teamDigestData } from './teamDigestData.ts';

export interface DigestMailContext {
  from: string;
  dashboardUrl?: string;
}

/**
 * On Monday from 08:00 on each site's clock, every team with an address gets
 * the week that ended, in its language, text and HTML. The claim and the mail
 * are one transaction, so a restart, a second run or a second process queues
 * nothing more; the caller kicks the mail relay. Returns how many were queued.
 */
export function sendTeamDigests(db: Db, now: number, context: DigestMailContext): number {
  let queued = 0;
  for (const site of listSites(db)) {
    const timeZone = siteTimeZone(db, site.id);
    const week = dueDigestWeek(now, timeZone);
    if (!week) continue;
    const done = digestedTeams(db, site.id, week.week);
    const due = siteTeams(db, site.id).filter((team) => team.email && !done.has(team.key));
    if (due.length === 0) continue;
    const shared = siteWeek(db, site, timeZone, week);
    for (const team of due) {
      const doc = digestDocument(teamDigestData(db, shared, team, now), context.dashboardUrl);
      write(db, () => {
        if (!claimTeamDigest(db, { siteId: site.id, team: team.key, week: week.week, now })) return;
        insertMail(db, {
          siteId: site.id,
          caseId: null,
          responseId: null,
          kind: 'digest',
          to: team.email,
          from: context.from,
          subject: doc.subject,
          text: digestText(doc),
          html: digestHtml(doc),
          headers: { 'Auto-Submitted': 'auto-generated' },
          lang: team.lang,
          at: now,
        });
        queued++;
      });
    }
  }
  return queued;
}
