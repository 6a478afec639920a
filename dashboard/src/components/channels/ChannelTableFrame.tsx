import type { ComponentChildren } from 'preact';
import type { Channel } from '../../../../shared/schemas/response.ts';
import { channelLabel } from '../../format.ts';

interface Props {
  /** The region's name, for a screen reader's list of landmarks. */
  label: string;
  caption: string;
  /** What the rows are ("Touchpoint", "Survey") and what their share is of. */
  rowsAre: string;
  shareOf: string;
  channels: readonly Channel[];
  children: ComponentChildren;
}

/** Rows down, channels across, with the share column first: the frame both of the channels view's tables share. */
export function ChannelTableFrame({ label, caption, rowsAre, shareOf, channels, children }: Props) {
  return (
    // Focusable so a keyboard can scroll it sideways on a phone.
    <div class="channel-table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table class="channel-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowsAre}</th>
            <th scope="col">{shareOf}</th>
            {channels.map((channel) => (
              <th key={channel} scope="col">
                {channelLabel(channel)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
