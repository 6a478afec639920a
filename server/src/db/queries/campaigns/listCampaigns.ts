import type { Campaign, CampaignCounts } from '../../../../../shared/schemas/campaigns.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { toStoredCampaign, type CampaignRow, type StoredCampaign } from './campaignRow.ts';
import { RECIPIENT_STATE } from './recipientState.ts';

const EMPTY: CampaignCounts = { recipients: 0, queued: 0, waiting: 0, sent: 0, written: 0, failed: 0, suppressed: 0, answered: 0, unsubscribed: 0, reminded: 0 };

/** Each state's count for the given campaigns, in one pass over their recipients. */
interface Tally {
  counts: CampaignCounts;
  /** Invitations still waiting in the outbox (released at the throttle's pace). */
  inOutbox: number;
}

function countsOf(db: Db, ids: number[]): Map<number, Tally> {
  const counts = new Map<number, Tally>(ids.map((id) => [id, { counts: { ...EMPTY }, inOutbox: 0 }]));
  if (!ids.length) return counts;
  const rows = statement(
    db,
    `SELECT campaign_id AS id, state, count(*) AS n, sum(reminded_at IS NOT NULL) AS reminded FROM (
       SELECT r.campaign_id, r.reminded_at, ${RECIPIENT_STATE} AS state
         FROM campaign_recipients r LEFT JOIN mail_outbox im ON im.id = r.invitation_mail_id
        WHERE r.campaign_id IN (${ids.map(() => '?').join(',')}))
     GROUP BY campaign_id, state`,
  ).all(...ids) as { id: number; state: string; n: number; reminded: number }[];
  for (const row of rows) {
    const tally = counts.get(row.id)!;
    const c = tally.counts;
    if (row.state === 'sending') tally.inOutbox += row.n;
    c.recipients += row.n;
    c.reminded += row.reminded;
    const key = row.state === 'sending' ? 'waiting' : (row.state as keyof CampaignCounts);
    c[key] += row.n;
  }
  return counts;
}

/** What the API answers: the stored campaign with its counts; `sending` becomes `sent` once nothing waits. */
function withCounts(campaign: StoredCampaign, { counts, inOutbox }: Tally): Campaign {
  const { id: _id, siteId: _site, sentAtMs: _sent, publicUrl: _url, ...rest } = campaign;
  const status = campaign.status === 'sending' && inOutbox === 0 ? 'sent' : campaign.status;
  return { ...rest, status, counts };
}

export function campaignWithCounts(db: Db, campaign: StoredCampaign): Campaign {
  return withCounts(campaign, countsOf(db, [campaign.id]).get(campaign.id)!);
}

/** A site's campaigns, newest first, each with its counts. */
export function listCampaigns(db: Db, siteId: number): Campaign[] {
  const rows = (statement(db, 'SELECT * FROM campaigns WHERE site_id = ? ORDER BY created_at DESC, id DESC').all(siteId) as CampaignRow[]).map(
    toStoredCampaign,
  );
  const counts = countsOf(db, rows.map((r) => r.id));
  return rows.map((row) => withCounts(row, counts.get(row.id)!));
}
