import type { FunnelStep } from '../../../../shared/schemas/funnel.ts';

/**
 * The step losing the largest share of its visits: the one to look at first.
 * Steps that only a handful of visits reached are left out, so one lost visit
 * out of two cannot outrank hundreds lost at checkout.
 */
export function worstStep(steps: readonly FunnelStep[]): string | undefined {
  const busiest = Math.max(0, ...steps.map((s) => s.reached));
  const enough = Math.max(1, busiest * 0.05);
  let worst: FunnelStep | undefined;
  for (const step of steps) {
    if (step.reached < enough || step.abandoned === 0 || step.dropOffRate == null) continue;
    if (
      !worst ||
      step.dropOffRate > worst.dropOffRate! ||
      (step.dropOffRate === worst.dropOffRate && step.abandoned > worst.abandoned)
    ) {
      worst = step;
    }
  }
  return worst?.step;
}
