import type { ComponentChildren } from 'preact';
import type { Summary } from '../../../shared/schemas/summary.ts';
import { formatCount, formatPercent, formatRating } from '../format.ts';
import { csatLevel, LEVEL_WORDS, ratingLevel, type ScoreLevel } from '../scoreLevel.ts';
import './HeadlineCards.css';

interface Props {
  totals: Summary['totals'];
}

/** The three numbers people look at first. */
export function HeadlineCards({ totals }: Props) {
  const rated = totals.avgRating != null;
  return (
    <div class="headline-cards">
      <HeadlineCard label="Responses" value={formatCount(totals.responses)}>
        {formatCount(totals.comments)} with a comment
      </HeadlineCard>
      <HeadlineCard
        label="Average rating"
        value={formatRating(totals.avgRating)}
        unit={rated ? '/ 5' : undefined}
        level={ratingLevel(totals.avgRating)}
      >
        {rated ? 'Mean of all star ratings' : 'No ratings in this range'}
      </HeadlineCard>
      <HeadlineCard label="CSAT" value={formatPercent(totals.csat)} level={csatLevel(totals.csat)}>
        Share who rated 4 or 5
      </HeadlineCard>
    </div>
  );
}

interface CardProps {
  label: string;
  value: string;
  unit?: string;
  level?: ScoreLevel;
  children: ComponentChildren;
}

function HeadlineCard({ label, value, unit, level, children }: CardProps) {
  // role=group gives the aria-label meaning, so tests and screen readers can
  // find "the CSAT card" by name.
  return (
    <div class="headline-card card" role="group" aria-label={label}>
      <p class="headline-label">{label}</p>
      <p class="headline-value">
        {level && level !== 'none' && <span class={`headline-dot dot-${level}`} aria-hidden="true" />}
        <span class="headline-number">{value}</span>
        {unit && <span class="headline-unit"> {unit}</span>}
        {level && level !== 'none' && <span class="visually-hidden"> ({LEVEL_WORDS[level]})</span>}
      </p>
      <p class="headline-hint muted">{children}</p>
    </div>
  );
}
