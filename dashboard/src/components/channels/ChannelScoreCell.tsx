import type { ChannelCell } from '../../../../shared/schemas/channels.ts';
import { formatCount } from '../../format.ts';
import { ScoreFigure } from '../insight/ScoreFigure.tsx';
import '../insight/FlagBadge.css';
import { formatScoreDelta } from '../insight/scoreFormat.ts';

/** How a channel compares with the web on the same touchpoint, in words; null for the web itself. */
function comparison(cell: ChannelCell): { text: string; mark: 'worse' | 'better' | null } | null {
  // A difference from a handful of ratings says nothing: "not enough data" is said once, by the score.
  if (!cell.vsWeb || !cell.netExperience.enough) return null;
  const delta = formatScoreDelta('netExperience', cell.vsWeb);
  if (delta === null) return null;
  if (cell.worse) return { text: `${delta} vs web`, mark: 'worse' };
  if (cell.vsWeb.significant) return { text: `${delta} vs web`, mark: 'better' };
  return { text: `${delta} vs web, within chance`, mark: null };
}

/** One channel on one touchpoint: net experience ± interval, ratings, the difference from the web; worse ones marked in colour and words. */
export function ChannelScoreCell({ cell }: { cell: ChannelCell | undefined }) {
  if (!cell) {
    return (
      <td class="channel-cell is-none">
        <span aria-hidden="true">—</span>
        <span class="visually-hidden">No ratings</span>
      </td>
    );
  }
  const compared = comparison(cell);
  return (
    <td class={cell.worse ? 'channel-cell is-worse' : 'channel-cell'}>
      {cell.worse && (
        <span class="flag-badge flag-growing worse-badge">
          <span aria-hidden="true">▼ </span>Worse than web
        </span>
      )}
      <ScoreFigure kind="netExperience" result={cell.netExperience} />
      <span class="channel-n">n = {formatCount(cell.n)}</span>
      {compared && <span class={`channel-delta${compared.mark ? ` is-${compared.mark}` : ''}`}>{compared.text}</span>}
    </td>
  );
}
