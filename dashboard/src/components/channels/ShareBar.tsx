import type { ChannelCell } from '../../../../shared/schemas/channels.ts';
import { channelLabel, formatPercent } from '../../format.ts';

/** "3%", and "<1%" rather than a "0%" that would hide a channel that did rate here. */
const shareText = (share: number) => (share > 0 && share < 0.005 ? '<1%' : formatPercent(share));

/**
 * Each channel's part of a row's ratings or answers as one stacked bar, with the
 * same shares as text for those who cannot see the colours. Widths go through
 * the CSSOM (Preact's style object), which the dashboard's CSP allows.
 */
export function ShareBar({ cells }: { cells: readonly Pick<ChannelCell, 'channel' | 'share'>[] }) {
  return (
    <div class="share">
      <span class="share-bar" aria-hidden="true">
        {cells.map((cell) => (
          <span key={cell.channel} class={`share-part share-${cell.channel}`} style={{ width: `${(cell.share * 100).toFixed(2)}%` }} />
        ))}
      </span>
      <span class="share-text">
        {cells.map((cell) => `${channelLabel(cell.channel)} ${shareText(cell.share)}`).join(' · ')}
      </span>
    </div>
  );
}
