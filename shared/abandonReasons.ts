// Plain data, no zod: the dashboard imports this, and shared/schemas/journey.ts
// re-exports it for everyone else.
// The shape is written out here rather than imported from the schema, which
// imports this file: a type import back would make the two a cycle.
interface DefaultReason {
  code: string;
  label: string;
  category: (typeof REASON_CATEGORIES)[number];
}

/** The reasons a new journey starts with; site owners edit, reorder and translate them. */
export const DEFAULT_ABANDON_REASONS: DefaultReason[] = [
  { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)', category: 'pricing' },
  { code: 'payment_failed', label: 'Payment failed or timed out', category: 'payment' },
  { code: 'missing_information', label: "Couldn't find information I needed", category: 'information' },
  { code: 'form_confusing', label: 'The form was too long or confusing', category: 'form' },
  { code: 'technical_problem', label: 'Technical problem or error', category: 'technical' },
  { code: 'just_looking', label: 'Just looking / will come back later', category: 'intent' },
];

/** The code of the free-text answer every journey offers; a listed reason may not use it. */
export const OTHER_REASON = 'other';

/** Every category, in the order the dashboard offers them. */
export const REASON_CATEGORIES = [
  'pricing',
  'payment',
  'information',
  'form',
  'technical',
  'intent',
  'other',
] as const;
