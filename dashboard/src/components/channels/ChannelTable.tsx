import type { ChannelRow, Channels } from '../../../../shared/schemas/channels.ts';
import { formatCount } from '../../format.ts';
import { ScoreFigure } from '../insight/ScoreFigure.tsx';
import { ChannelRowCells } from './ChannelScoreCell.tsx';
import { ChannelTableFrame } from './ChannelTableFrame.tsx';

function Row({ row, channels, total = false }: { row: ChannelRow; channels: Channels['channels']; total?: boolean }) {
  return (
    <tr class={total ? 'is-total' : undefined}>
      <th scope="row">
        <span class="channel-row-name">{row.name}</span>
        <span class="channel-row-n muted">{formatCount(row.n)} ratings</span>
      </th>
      <ChannelRowCells
        cells={row.cells}
        channels={channels}
        what="ratings"
        score={(cell) => ({ kind: 'netExperience', result: cell.netExperience, figure: <ScoreFigure kind="netExperience" result={cell.netExperience} /> })}
      />
    </tr>
  );
}

/** Touchpoints down, channels across: every touchpoint's net experience per channel, all touchpoints first. */
export function ChannelTable({ data }: { data: Channels }) {
  return (
    <ChannelTableFrame
      label="Net experience per touchpoint and channel"
      caption="Net experience per touchpoint and channel, with the share of each touchpoint's ratings and the difference from the web"
      rowsAre="Touchpoint"
      shareOf="Share of feedback"
      channels={data.channels}
    >
      <Row row={data.all} channels={data.channels} total />
      {data.touchpoints.map((row) => (
        <Row key={row.touchpoint ?? ''} row={row} channels={data.channels} />
      ))}
    </ChannelTableFrame>
  );
}
