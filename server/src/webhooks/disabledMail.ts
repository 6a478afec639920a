import type { Db } from '../db/openDatabase.ts';
import { listUsers } from '../db/queries/accounts/listUsers.ts';
import { insertMail } from '../db/queries/mail/insertMail.ts';
import { listSites } from '../db/queries/sites/listSites.ts';
import type { Endpoint } from '../db/queries/webhooks/endpointRow.ts';

export interface DisabledMailContext {
  from: string;
  dashboardUrl?: string;
  now: number;
}

/**
 * Tells every active admin that the relay disabled a destination, and why.
 * Runs inside the write that disables it (the mail outbox is written in the
 * same transaction); the caller kicks the mail relay after the commit.
 * Returns how many were queued: none when the team has no admin accounts.
 */
export function queueDisabledMail(db: Db, endpoint: Endpoint, reason: string, context: DisabledMailContext): number {
  const site = listSites(db).find((s) => s.id === endpoint.siteId);
  const admins = listUsers(db).filter((user) => user.role === 'admin' && user.disabled === 0);
  const page = context.dashboardUrl ? `${context.dashboardUrl.replace(/\/$/, '')}/webhooks?site=${encodeURIComponent(site?.key ?? '')}` : 'the Webhooks & alerts page';
  const text = [
    `Touchpoint stopped delivering to ${endpoint.url} (${site?.name ?? 'a site'}): ${reason}.`,
    '',
    'Its deliveries are kept. Once the receiver works again, enable the destination and replay the failed deliveries on',
    page,
    '',
    'Every attempt, with the answer the receiver gave, is in its delivery log there.',
  ].join('\n');
  for (const admin of admins) {
    insertMail(db, {
      siteId: endpoint.siteId,
      caseId: null,
      responseId: null,
      kind: 'webhook_disabled',
      to: admin.email,
      from: context.from,
      subject: `Webhook disabled: ${endpoint.url}`,
      text,
      headers: {},
      lang: null,
      at: context.now,
    });
  }
  return admins.length;
}
