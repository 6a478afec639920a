import type { ChannelRow, Channels } from '../../../../shared/schemas/channels.ts';
import { channelLabel, formatCount } from '../../format.ts';
import { ChannelScoreCell } from './ChannelScoreCell.tsx';
import { ShareBar } from './ShareBar.tsx';

function Row({ row, channels, total = false }: { row: ChannelRow; channels: Channels['channels']; total?: boolean }) {
  return (
    <tr class={total ? 'is-total' : undefined}>
      <th scope="row">
        <span class="channel-row-name">{row.name}</span>
        <span class="channel-row-n muted">{formatCount(row.n)} ratings</span>
      </th>
      <td class="channel-share">
        <ShareBar row={row} />
      </td>
      {channels.map((channel) => (
        <ChannelScoreCell key={channel} cell={row.cells.find((cell) => cell.channel === channel)} />
      ))}
    </tr>
  );
}

/** Touchpoints down, channels across: every touchpoint's net experience per channel, all touchpoints first. */
export function ChannelTable({ data }: { data: Channels }) {
  return (
    // Focusable so a keyboard can scroll it sideways on a phone.
    <div class="channel-table-wrap" tabIndex={0} role="region" aria-label="Net experience per touchpoint and channel">
      <table class="channel-table">
        <caption class="visually-hidden">
          Net experience per touchpoint and channel, with the share of each touchpoint's ratings and the difference from the web
        </caption>
        <thead>
          <tr>
            <th scope="col">Touchpoint</th>
            <th scope="col">Share of feedback</th>
            {data.channels.map((channel) => (
              <th key={channel} scope="col">
                {channelLabel(channel)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row row={data.all} channels={data.channels} total />
          {data.touchpoints.map((row) => (
            <Row key={row.touchpoint ?? ''} row={row} channels={data.channels} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
