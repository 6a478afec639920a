import type { Funnel, FunnelReason } from '../../../../shared/schemas/funnel.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { CategoryBadge } from './CategoryBadge.tsx';
import './StepReasons.css';

interface Props {
  steps: Funnel['steps'];
  reasons: Funnel['reasons'];
}

/**
 * What shoppers said stopped them, step by step in funnel order (the server's
 * order): each reason with its count, share of the step's answers, category
 * and a few of their own words. Those words are untrusted: text nodes only.
 */
export function StepReasons({ steps, reasons }: Props) {
  if (reasons.length === 0) {
    return (
      <p class="empty-note muted">
        Nobody answered “What stopped you?” in this range. Drop-off above still counts every visit.
      </p>
    );
  }
  const groups = new Map<string, FunnelReason[]>();
  for (const reason of reasons) groups.set(reason.step, [...(groups.get(reason.step) ?? []), reason]);

  return (
    <div class="step-reasons">
      {[...groups.entries()].map(([stepKey, stepReasons]) => {
        const step = steps.find((s) => s.step === stepKey);
        const name = step?.name ?? stepKey;
        const answers = stepReasons.reduce((sum, r) => sum + r.count, 0);
        const headingId = `reasons-${stepKey}`;
        return (
          <section key={stepKey} class="step-reasons-group" aria-labelledby={headingId}>
            <div class="step-reasons-head">
              <h3 id={headingId}>At {name}</h3>
              <p class="muted">
                {formatCount(answers)} {answers === 1 ? 'answer' : 'answers'}
                {step && ` · ${formatCount(step.abandoned)} left here`}
              </p>
            </div>
            <ul class="reason-list" aria-label={`Reasons at ${name}`}>
              {stepReasons.map((reason) => (
                <li key={reason.reason} class="reason-item">
                  <div class="reason-head">
                    <span class="reason-label">{reason.label}</span>
                    <CategoryBadge category={reason.category} />
                    <span class="reason-count">
                      {formatCount(reason.count)}
                      <span class="visually-hidden"> {reason.count === 1 ? 'answer' : 'answers'},</span>
                    </span>
                  </div>
                  <div class="reason-share">
                    <span class="share-track" aria-hidden="true">
                      <span class="share-fill" style={{ width: `${reason.share * 100}%` }} />
                    </span>
                    <span class="share-value">
                      {formatPercent(reason.share)}
                      <span class="visually-hidden"> of the answers at {name}</span>
                    </span>
                  </div>
                  {reason.examples.length > 0 && (
                    <ul class="reason-examples" aria-label={`What shoppers wrote: ${reason.label}`}>
                      {reason.examples.map((example, i) => (
                        <li key={i}>{example}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
