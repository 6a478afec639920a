/** A half-open time range [from, to) in ms since epoch, for one site. */
export interface SiteRange {
  siteId: number;
  from: number;
  to: number;
}
