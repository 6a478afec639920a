import { categoryInfo } from './reasonCategories.ts';
import './CategoryBadge.css';

/** A reason's category, with the team it goes to in the tooltip and for screen readers. */
export function CategoryBadge({ category }: { category: string }) {
  const info = categoryInfo(category);
  return (
    <span class={`category-badge category-${category}`} title={`Goes to: ${info.team}`}>
      {info.label}
      <span class="visually-hidden"> (goes to {info.team})</span>
    </span>
  );
}
