// The customer lifecycle's stages: fixed keys, in order; sites rename them.
// Kept free of zod so the dashboard can use the defaults without bundling it.

export const STAGE_KEYS = ['before', 'during', 'after'] as const;

export type StageKey = (typeof STAGE_KEYS)[number];

export const DEFAULT_STAGES: { key: StageKey; name: string }[] = [
  { key: 'before', name: 'Before purchase' },
  { key: 'during', name: 'During purchase' },
  { key: 'after', name: 'After purchase' },
];
