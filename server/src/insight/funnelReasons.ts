import { OTHER_REASON_OPTION, reasonOption } from '../../../shared/reasonOption.ts';
import type { FunnelReason } from '../../../shared/schemas/funnel.ts';
import type { Journey } from '../../../shared/schemas/journey.ts';
import type { ReasonCount } from '../db/queries/journeys/getReasonCounts.ts';
import type { ReasonExample } from '../db/queries/journeys/getReasonExamples.ts';

export const EXAMPLES_PER_REASON = 3;

/**
 * Answers per step with what each reason means today (label and category from
 * the journey's definition), its share of the step's answers, and examples.
 * Steps follow the funnel's order; within a step, the most given reason first.
 */
export function funnelReasons(
  journey: Journey | undefined,
  stepOrder: readonly string[],
  counts: readonly ReasonCount[],
  examples: readonly ReasonExample[],
): FunnelReason[] {
  const answersAtStep = new Map<string, number>();
  for (const row of counts) answersAtStep.set(row.step, (answersAtStep.get(row.step) ?? 0) + row.count);

  // Latest first, each text once: three shoppers writing "too expensive" say less than three different things.
  const examplesOf = new Map<string, string[]>();
  for (const example of examples) {
    const text = exampleText(example);
    const id = `${example.step}\u0000${example.reason}`;
    const texts = examplesOf.get(id) ?? [];
    if (!text || texts.length >= EXAMPLES_PER_REASON || texts.includes(text)) continue;
    examplesOf.set(id, [...texts, text]);
  }

  const position = (step: string) => {
    const index = stepOrder.indexOf(step);
    return index === -1 ? stepOrder.length : index;
  };
  return counts
    .map((row) => {
      const option = reasonOption(journey, row.reason);
      return {
        step: row.step,
        reason: row.reason,
        label: option?.label ?? (row.reason === OTHER_REASON_OPTION.code ? OTHER_REASON_OPTION.label : row.reason),
        category: option?.category ?? row.category,
        count: row.count,
        share: row.count / answersAtStep.get(row.step)!,
        examples: examplesOf.get(`${row.step}\u0000${row.reason}`) ?? [],
      };
    })
    .sort((a, b) => position(a.step) - position(b.step) || a.step.localeCompare(b.step) || b.count - a.count);
}

/** The "other" text says what the reason was; a comment adds to it. */
function exampleText({ otherText, comment }: ReasonExample): string {
  return [otherText, comment].filter(Boolean).join(' — ');
}
