import type { ComponentChildren } from 'preact';
import type { ChannelCell } from '../../../../shared/schemas/channels.ts';
import type { Channel } from '../../../../shared/schemas/response.ts';
import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import { formatCount } from '../../format.ts';
import '../insight/FlagBadge.css';
import { formatScoreDelta, type ScoreKind } from '../insight/scoreFormat.ts';
import { ShareBar } from './ShareBar.tsx';

/** What every cell of the channels view has, for page ratings and survey answers alike. */
type ComparedCell = Pick<ChannelCell, 'channel' | 'share' | 'n' | 'vsWeb' | 'worse'>;

interface Props {
  cell: ComparedCell;
  /** How the score and its difference read. */
  kind: ScoreKind;
  result: ScoreResult;
  /** The score ± its interval, drawn as the row's kind of score is drawn elsewhere. */
  figure: ComponentChildren;
}

/** How a channel compares with the web on the same row, in words; null for the web itself. */
function comparison(cell: ComparedCell, kind: ScoreKind, result: ScoreResult): { text: string; mark: 'worse' | 'better' | null } | null {
  // A difference from a handful of answers says nothing: "not enough data" is said once, by the score.
  if (!cell.vsWeb || !result.enough) return null;
  const delta = formatScoreDelta(kind, cell.vsWeb);
  if (delta === null) return null;
  if (cell.worse) return { text: `${delta} vs web`, mark: 'worse' };
  if (cell.vsWeb.significant) return { text: `${delta} vs web`, mark: 'better' };
  return { text: `${delta} vs web, within chance`, mark: null };
}

/** One channel on one row: the score ± interval, n, the difference from the web; worse ones marked in colour and words. */
function ChannelScoreCell({ cell, kind, result, figure }: Props) {
  const compared = comparison(cell, kind, result);
  return (
    <td class={cell.worse ? 'channel-cell is-worse' : 'channel-cell'}>
      {cell.worse && (
        <span class="flag-badge flag-growing worse-badge">
          <span aria-hidden="true">▼ </span>Worse than web
        </span>
      )}
      {figure}
      <span class="channel-n">n = {formatCount(cell.n)}</span>
      {compared && <span class={`channel-delta${compared.mark ? ` is-${compared.mark}` : ''}`}>{compared.text}</span>}
    </td>
  );
}

/** A channel that said nothing on this row. */
function NoChannelCell({ what }: { what: 'ratings' | 'answers' }) {
  return (
    <td class="channel-cell is-none">
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">No {what}</span>
    </td>
  );
}

interface RowCellsProps<Cell extends ComparedCell> {
  cells: readonly Cell[];
  /** The table's columns. */
  channels: readonly Channel[];
  what: 'ratings' | 'answers';
  /** A cell's score, how it reads, and its figure. */
  score: (cell: Cell) => Pick<Props, 'kind' | 'result' | 'figure'>;
}

/** A row's cells after its header: each channel's share as one bar, then one cell per column. */
export function ChannelRowCells<Cell extends ComparedCell>({ cells, channels, what, score }: RowCellsProps<Cell>) {
  return (
    <>
      <td class="channel-share">
        <ShareBar cells={cells} />
      </td>
      {channels.map((channel) => {
        const cell = cells.find((c) => c.channel === channel);
        return cell ? <ChannelScoreCell key={channel} cell={cell} {...score(cell)} /> : <NoChannelCell key={channel} what={what} />;
      })}
    </>
  );
}
