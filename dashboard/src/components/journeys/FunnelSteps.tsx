import type { Funnel } from '../../../../shared/schemas/funnel.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { worstStep } from './worstStep.ts';
import './FunnelSteps.css';

interface Props {
  steps: Funnel['steps'];
  totals: Funnel['totals'];
}

/**
 * The funnel as a table: per step, the visits that reached it as a bar with the
 * part that left there highlighted, then the figures. The step losing the
 * largest share is marked.
 */
export function FunnelSteps({ steps, totals }: Props) {
  const worst = worstStep(steps);
  const widest = Math.max(1, ...steps.map((s) => s.reached));
  const percentOf = (part: number, whole: number) => `${whole === 0 ? 0 : (part / whole) * 100}%`;

  return (
    <table class="funnel-table" aria-label="Funnel steps">
      <thead>
        <tr>
          <th scope="col" class="col-step">
            Step
          </th>
          <th scope="col" class="col-number">
            Reached
          </th>
          <th scope="col" class="col-number">
            Abandoned
          </th>
          <th scope="col" class="col-number">
            Drop-off
          </th>
          <th scope="col" class="col-number col-completed">
            Completed
          </th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step, i) => {
          const isWorst = step.step === worst;
          return (
            <tr key={step.step} class={isWorst ? 'is-worst' : undefined}>
              <th scope="row" class="col-step">
                <span class="funnel-step-head">
                  <span class="funnel-step-index" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span class="funnel-step-name">{step.name}</span>
                  {isWorst && <span class="worst-badge">Biggest drop-off</span>}
                </span>
                <span class="funnel-track" aria-hidden="true">
                  <span class="funnel-reached" style={{ width: percentOf(step.reached, widest) }}>
                    <span class="funnel-abandoned" style={{ width: percentOf(step.abandoned, step.reached) }} />
                  </span>
                </span>
              </th>
              <td class="col-number">
                {formatCount(step.reached)}
                <span class="visually-hidden"> reached</span>
              </td>
              <td class="col-number">
                {formatCount(step.abandoned)}
                <span class="visually-hidden"> abandoned</span>
              </td>
              <td class="col-number">
                <span class={isWorst ? 'drop-off is-worst' : 'drop-off'}>{formatPercent(step.dropOffRate)}</span>
                <span class="visually-hidden"> drop-off</span>
              </td>
              <td class="col-number col-completed">
                {formatCount(step.completed)}
                <span class="visually-hidden"> went on to complete</span>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" class="col-step">
            Completed the journey
          </th>
          <td class="col-number" colSpan={4}>
            {formatCount(totals.completed)} of {formatCount(totals.visits)} visits
            <span class="muted"> ({formatPercent(totals.visits === 0 ? null : totals.completed / totals.visits)})</span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
