import { useSiteTimeZone } from './page/siteTimeZone.ts';

/** Says whose days a range and its series are: the site's time zone. */
export function ZoneNote() {
  const timeZone = useSiteTimeZone();
  return (
    <span class="utc-note" title="Days start at midnight in the site's time zone (site settings)">
      ({timeZone.replaceAll('_', ' ')} days)
    </span>
  );
}
