import type { Problem } from '../../../../shared/schemas/fixFirst.ts';
import './FlagBadge.css';

/** "New" or "Growing": a problem that was absent before, or at least doubled beyond chance. */
export function FlagBadge({ flag }: { flag: Problem['flag'] }) {
  if (!flag) return null;
  return (
    <span class={`flag-badge flag-${flag}`} title={flag === 'new' ? 'Not seen in the previous period' : 'At least doubled, more than chance explains'}>
      {flag === 'new' ? 'New' : 'Growing'}
    </span>
  );
}
