import { describe, expect, it } from 'vitest';
import { formatInboxQuery, hasCaseFilters, parseInboxQuery } from './inboxQuery.ts';

const NOW = new Date('2026-06-17T10:00:00Z');

describe('the inbox’s address', () => {
  it('keeps the case filters beside the site, range and view filters, in one order', () => {
    const search = '?site=shop&from=2026-06-01&to=2026-06-17&device=mobile&status=in_progress&team=engineering&assignee=7&overdue=true&reasonCategory=payment&q=card+declined&sort=impact';
    const query = parseInboxQuery(search, NOW);
    expect(query.cases).toEqual({ status: 'in_progress', team: 'engineering', assignee: 7, overdue: true, reasonCategory: 'payment', q: 'card declined', sort: 'impact' });
    expect(query.filters).toEqual({ device: 'mobile' });
    expect(formatInboxQuery(query)).toBe(search);
  });

  it('drops what the server would refuse, so a bad link shows every case instead of an error', () => {
    const query = parseInboxQuery('?status=open&team=Engineering!&assignee=-3&overdue=yes&reasonCategory=x y&sort=age', NOW);
    expect(query.cases).toEqual({ status: undefined, team: undefined, assignee: undefined, overdue: undefined, reasonCategory: undefined, q: undefined, sort: undefined });
    expect(hasCaseFilters(query.cases)).toBe(false);
  });

  it('reads "none" as the unassigned cases', () => {
    const query = parseInboxQuery('?assignee=none', NOW);
    expect(query.cases.assignee).toBe('none');
    expect(hasCaseFilters(query.cases)).toBe(true);
    expect(formatInboxQuery(query)).toContain('assignee=none');
  });
});
