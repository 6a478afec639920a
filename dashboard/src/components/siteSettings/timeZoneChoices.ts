/**
 * The zones the browser knows, for the time zone field's suggestions. The list
 * omits `UTC` (an alias in the IANA data) although it is every site's
 * starting zone, so it is put first.
 */
export function timeZoneChoices(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

/** The viewer's own zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * What the field starts with: the site's zone, except that a site still on
 * the default UTC is offered the viewer's zone: a shop is usually run from
 * where its staff are, and UTC is seldom anyone's working day.
 */
export function proposedTimeZone(siteZone: string, browserZone: string): string {
  return siteZone === 'UTC' && browserZone ? browserZone : siteZone;
}
