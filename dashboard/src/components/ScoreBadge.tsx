import { formatRating } from '../format.ts';
import { LEVEL_WORDS, ratingLevel } from '../scoreLevel.ts';
import './ScoreBadge.css';

interface Props {
  rating: number | null;
  /** A single shopper's whole-star rating rather than an average. */
  single?: boolean;
}

/** A rating as "★ 2/5" (one answer) or "2.4" (an average), coloured by how bad it is. */
export function ScoreBadge({ rating, single = false }: Props) {
  const level = ratingLevel(rating);
  if (rating == null) {
    return <span class="score-badge score-none">No rating</span>;
  }
  if (single) {
    return (
      <span class={`score-badge score-${level}`}>
        <span aria-hidden="true">★ {rating}/5</span>
        <span class="visually-hidden">Rated {rating} out of 5</span>
      </span>
    );
  }
  return (
    <span class={`score-badge score-${level}`}>
      {formatRating(rating)}
      <span class="visually-hidden"> out of 5, {LEVEL_WORDS[level]}</span>
    </span>
  );
}
