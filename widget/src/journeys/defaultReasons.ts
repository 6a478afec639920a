import type { ReasonChoice } from './abandon/abandonContext.ts';

/**
 * DEFAULT_ABANDON_REASONS of shared/schemas/journey.ts, copied as plain data so
 * the widget carries no zod: offered for journeys declared only by markup or
 * script. widget/test/defaultReasons.test.ts keeps the copy in step.
 */
export const DEFAULT_REASONS: ReasonChoice[] = [
  { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)' },
  { code: 'payment_failed', label: 'Payment failed or timed out' },
  { code: 'missing_information', label: "Couldn't find information I needed" },
  { code: 'form_confusing', label: 'The form was too long or confusing' },
  { code: 'technical_problem', label: 'Technical problem or error' },
  { code: 'just_looking', label: 'Just looking / will come back later' },
];

/**
 * A journey's reasons in the shopper's language: the site's own label for that
 * language (`labels`, exact tag, then its primary subtag) first; else a default
 * reason whose label the site left as it was gets the bundled translation
 * (`translations`, by code); else the label as the site wrote it.
 */
export function reasonsToShow(
  reasons: readonly ReasonChoice[] = DEFAULT_REASONS,
  translations: Record<string, string>,
  lang = '',
): ReasonChoice[] {
  return reasons.map(({ code, label, labels }) => ({
    code,
    label:
      labels?.[lang] ||
      labels?.[lang.split('-')[0]!] ||
      (DEFAULT_REASONS.some((d) => d.code === code && d.label === label) && translations[code]) ||
      label,
  }));
}
