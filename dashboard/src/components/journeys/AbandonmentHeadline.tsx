import type { ComponentChildren } from 'preact';
import type { Funnel } from '../../../../shared/schemas/funnel.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { compare, previousPeriodLabel } from './comparison.ts';
import './AbandonmentHeadline.css';

interface Props {
  totals: Funnel['totals'];
  previous: Funnel['previous'];
  /** Length of the range, for "vs previous 30 days". */
  days: number;
}

/** The journey in four numbers, each against the previous period of equal length. */
export function AbandonmentHeadline({ totals, previous, days }: Props) {
  const period = previousPeriodLabel(days);
  const rate = (part: number, whole: number) => formatPercent(whole === 0 ? null : part / whole);
  return (
    <div class="abandonment-cards">
      <Card label="Visits" value={totals.visits} previous={previous.visits} period={period} better="neutral">
        started the journey
      </Card>
      <Card label="Completed" value={totals.completed} previous={previous.completed} period={period} better="up">
        {rate(totals.completed, totals.visits)} of visits
      </Card>
      <Card label="Abandoned" value={totals.abandoned} previous={previous.abandoned} period={period} better="down">
        {rate(totals.abandoned, totals.visits)} of visits
      </Card>
      <Card label="Answers" value={totals.answers} previous={previous.answers} period={period} better="neutral">
        said what stopped them
      </Card>
    </div>
  );
}

interface CardProps {
  label: string;
  value: number;
  previous: number;
  period: string;
  /** Which way is good news: colours the change. */
  better: 'up' | 'down' | 'neutral';
  children: ComponentChildren;
}

function Card({ label, value, previous, period, better, children }: CardProps) {
  const { trend, change } = compare(value, previous);
  const tone =
    better === 'neutral' || (trend !== 'up' && trend !== 'down') ? 'neutral' : trend === better ? 'good' : 'bad';
  return (
    <div class="abandonment-card card" role="group" aria-label={label}>
      <p class="headline-label">{label}</p>
      <p class="abandonment-value">{formatCount(value)}</p>
      <p class="abandonment-hint muted">{children}</p>
      <p class={`comparison tone-${tone}`}>
        {trend === 'up' || trend === 'down' ? (
          <>
            <span aria-hidden="true">{trend === 'up' ? '▲' : '▼'} </span>
            <span class="visually-hidden">{trend} </span>
            {formatPercent(Math.abs(change!))} vs {period}
          </>
        ) : trend === 'same' ? (
          `No change vs ${period}`
        ) : trend === 'new' ? (
          `None in the ${period}`
        ) : (
          `None in the ${period} either`
        )}
        {(trend === 'up' || trend === 'down' || trend === 'same') && (
          <span class="muted"> ({formatCount(previous)})</span>
        )}
      </p>
    </div>
  );
}
