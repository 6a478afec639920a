import { describe, expect, it } from 'vitest';
import type { CaseList } from '../../../shared/schemas/cases.ts';
import { groupCommit } from '../../src/ingest/groupCommit.ts';
import { rating } from '../testApp.ts';
import { webhookSetup } from './webhookSetup.ts';

const HOUR = 3_600_000;

describe('case events', () => {
  it('sends case.created, case.assigned, case.status_changed and case.overdue once each, and feedback.created with its case id', async () => {
    const s = await webhookSetup();
    await s.createHook({ events: ['feedback.created', 'case.created', 'case.assigned', 'case.status_changed', 'case.overdue'] });
    const complaint = rating(s.site.key, { rating: 1, path: '/checkout/payment', comment: 'declined' });
    await s.collect(complaint);
    groupCommit(s.db).drain(); // the case is opened after the commit, off the 202's path
    await s.relay.runDue();
    const { cases } = (await (await s.admin(`/api/sites/${s.site.key}/cases`)).json()) as CaseList;
    expect(cases).toHaveLength(1);
    const caseId = cases[0]!.id;
    const events = () => s.receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, any> });
    expect(events().map((e) => e.type).sort()).toEqual(['case.created', 'feedback.created']);
    expect(events().find((e) => e.type === 'feedback.created')!.data).toMatchObject({ id: complaint.id, caseId });
    expect(events().find((e) => e.type === 'case.created')!.data.case).toMatchObject({ id: caseId, status: 'new' });

    await s.admin(`/api/sites/${s.site.key}/cases/${caseId}`, { method: 'PATCH', body: JSON.stringify({ team: 'customer-service' }) });
    await s.admin(`/api/sites/${s.site.key}/cases/${caseId}`, { method: 'PATCH', body: JSON.stringify({ status: 'in_progress' }) });
    await s.relay.runDue();
    expect(events().slice(2).map((e) => [e.type, e.data.change.field, e.data.change.to])).toEqual([
      ['case.assigned', 'team', 'customer-service'],
      ['case.status_changed', 'status', 'in_progress'],
    ]);

    s.advance(30 * 24 * HOUR);
    await s.relay.runDue();
    await s.relay.runDue();
    expect(events().filter((e) => e.type === 'case.overdue').map((e) => e.data.case.id)).toEqual([caseId]);
    expect(s.receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(s.receiver.received.map((r) => r.id)).size).toBe(s.receiver.received.length);
  });
});
