import type { RoutingRules } from './schemas/routingRules.ts';
import type { Team } from './schemas/teams.ts';

/**
 * The teams and rules a site starts with (the seeds' defaults): payment and
 * technical trouble to Engineering, missing information to Customer service,
 * confusing forms to the forms' owners, prices to Commercial, the rest to
 * triage. A site keeps these until it saves its own.
 */
export const DEFAULT_TEAMS: Team[] = [
  { key: 'engineering', name: 'Engineering', email: '', lang: 'en', firstResponseHours: 8, resolutionHours: 72, members: [] },
  { key: 'customer-service', name: 'Customer service', email: '', lang: 'en', firstResponseHours: 4, resolutionHours: 48, members: [] },
  { key: 'form-owners', name: 'Form owners', email: '', lang: 'en', firstResponseHours: 24, resolutionHours: 120, members: [] },
  { key: 'commercial', name: 'Commercial', email: '', lang: 'en', firstResponseHours: 24, resolutionHours: 120, members: [] },
  { key: 'triage', name: 'Triage', email: '', lang: 'en', firstResponseHours: 8, resolutionHours: 72, members: [] },
];

export const DEFAULT_ROUTING: RoutingRules = {
  rules: [
    { match: { reasonCategory: 'payment' }, team: 'engineering' },
    { match: { reasonCategory: 'technical' }, team: 'engineering' },
    { match: { reasonCategory: 'information' }, team: 'customer-service' },
    { match: { reasonCategory: 'form' }, team: 'form-owners' },
    { match: { reasonCategory: 'pricing' }, team: 'commercial' },
  ],
  fallbackTeam: 'triage',
};
