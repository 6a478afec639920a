import { DEFAULT_ABANDON_REASONS, OTHER_REASON } from './abandonReasons.ts';
import type { AbandonReasonOption, Journey } from './schemas/journey.ts';

/** The free-text answer every journey offers. */
export const OTHER_REASON_OPTION: AbandonReasonOption = { code: OTHER_REASON, label: 'Other (own words)', category: 'other' };

/**
 * What a reason code means for a journey: its own list first, then the default
 * reasons (journeys declared by markup or script use those), then "other".
 * Undefined for a code nobody offered.
 */
export function reasonOption(journey: Pick<Journey, 'reasons'> | undefined, code: string): AbandonReasonOption | undefined {
  return (
    journey?.reasons.find((reason) => reason.code === code) ??
    DEFAULT_ABANDON_REASONS.find((reason) => reason.code === code) ??
    (code === OTHER_REASON ? OTHER_REASON_OPTION : undefined)
  );
}
