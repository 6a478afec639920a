import { describe, expect, it } from 'vitest';
import type { RoutingRules } from '../../../../shared/schemas/routingRules.ts';
import { draftToRules, emptyRule, moveRule, readableRoutingIssue, ruleToDraft } from './routingDraft.ts';

describe('the routing rules editor’s draft', () => {
  it('round-trips every kind of condition, the page rule with its type and scores as numbers', () => {
    const rules: RoutingRules = {
      rules: [
        { match: { page: { type: 'exact', value: '/checkout/payment' } }, team: 'engineering' },
        { match: { reasonCategory: 'form', journey: 'checkout', step: 'shipping' }, team: 'form-owners', assignee: 7 },
        { match: { kind: 'survey_answer', scoreMin: 0, scoreMax: 6, lang: 'zh', device: 'mobile', channel: 'web' }, team: 'commercial' },
      ],
      fallbackTeam: 'triage',
    };
    expect(draftToRules(rules.rules.map(ruleToDraft), 'triage')).toEqual(rules);
  });

  it('drops conditions left empty and trims what was typed', () => {
    const rule = emptyRule('engineering');
    rule.conditions.push({ field: 'touchpoint', value: '  payment ', pageType: 'prefix' });
    expect(draftToRules([rule], 'triage').rules).toEqual([{ match: { touchpoint: 'payment' }, team: 'engineering' }]);
  });

  it('moves a rule up or down, and not past either end', () => {
    const [a, b, c] = [emptyRule('a'), emptyRule('b'), emptyRule('c')];
    expect(moveRule([a, b, c], c.id, -1).map((r) => r.team)).toEqual(['a', 'c', 'b']);
    expect(moveRule([a, b, c], a.id, -1).map((r) => r.team)).toEqual(['a', 'b', 'c']);
  });

  it('names the rule and the condition in the server’s messages', () => {
    expect(readableRoutingIssue('rules.2.match.page.value: must start with /')).toBe('Rule 3, page: must start with /');
    expect(readableRoutingIssue('rules.0.team: a team key')).toBe('Rule 1, team: a team key');
  });
});
