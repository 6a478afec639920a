// The choices an import mapping offers, as plain data (no zod) so the
// dashboard's mapping form lists exactly what the server's schema accepts.

/** What an imported score is stored as: a page rating 1–5 (CSAT is the same 1–5 scale), or an NPS or CES survey answer. */
export const IMPORT_SCORE_TYPES = ['rating', 'csat', 'nps', 'ces'] as const;

/** How a date column writes 03/05/2026: day first, month first; ISO 8601 is always understood. */
export const IMPORT_DATE_FORMATS = ['iso', 'dmy', 'mdy'] as const;

/** All or none of the rows, or the valid ones with the invalid ones reported. */
export const IMPORT_MODES = ['all-or-nothing', 'valid-only'] as const;
