import type { Direction } from './scoreFormat.ts';
import './ChangeNote.css';

interface Props {
  /** "+12 pts", "−3"; null: nothing to compare with. */
  text: string | null;
  direction: Direction;
  significant: boolean;
  /** What it is compared with, for the tooltip and screen readers: "previous 7 days: 70%". */
  previous: string;
}

/**
 * The change since the previous period. Only a significant change is coloured
 * and says so; the rest is shown quietly as "within the noise".
 */
export function ChangeNote({ text, direction, significant, previous }: Props) {
  if (text === null) {
    return <span class="change-note is-none">no earlier data</span>;
  }
  const arrow = direction === 'same' ? '' : text.startsWith('+') ? '▲ ' : '▼ ';
  const verdict = significant ? (direction === 'worse' ? 'significantly worse' : direction === 'better' ? 'significantly better' : 'significant') : 'within the noise';
  return (
    <span class={`change-note change-${direction}${significant ? ' is-significant' : ''}`} title={`${verdict}; ${previous}`}>
      <span aria-hidden="true">{arrow}</span>
      {text}
      <span class="visually-hidden">
        {' '}
        ({verdict}; {previous})
      </span>
    </span>
  );
}
