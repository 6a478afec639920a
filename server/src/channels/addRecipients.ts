import type { RecipientUploadResult } from '../../../shared/schemas/campaigns.ts';
import type { Db } from '../db/openDatabase.ts';
import { insertRecipient } from '../db/queries/campaigns/recipients.ts';
import { isOptedOut } from '../db/queries/mail/optOuts.ts';
import { write } from '../db/write.ts';
import { parseRecipientCsv } from './parseRecipientCsv.ts';
import { requireCampaign } from './queueCampaignMail.ts';

/**
 * Adds a CSV's recipients to a campaign in one write. Every row not added is
 * reported with its line: not an address, a second row for an address the
 * campaign already has (any case), or on the site's suppression list (kept as
 * suppressed, so the log shows why they got nothing).
 */
export function addRecipients(db: Db, siteId: number, slug: string, csv: string, now: number): RecipientUploadResult {
  const { rows, issues } = parseRecipientCsv(csv);
  return write(db, () => {
    const campaign = requireCampaign(db, siteId, slug);
    let added = 0;
    for (const row of rows) {
      const suppressed = isOptedOut(db, siteId, row.email);
      if (!insertRecipient(db, campaign, row, suppressed, now)) {
        issues.push({ line: row.line, email: row.email, problem: 'duplicate', message: `${row.email} is already on the list.` });
      } else if (suppressed) {
        issues.push({ line: row.line, email: row.email, problem: 'suppressed', message: `${row.email} unsubscribed: no invitation will be sent.` });
      } else added++;
    }
    issues.sort((a, b) => a.line - b.line);
    return { added, issues };
  });
}
