// Length caps for every string that crosses the wire. One place, so the widget's
// textarea maxlength and the server's validation can never disagree.
export const LIMITS = {
  id: 64,
  siteKey: 64,
  comment: 2000,
  url: 2048,
  /** `*` per URL pattern rule: each is one more scan of the page path when matching. */
  starsPerPattern: 8,
  title: 300,
  lang: 35,
  /** `touchpoint('identify', …)`: keys per visit, and each key's and value's length (widget/src/visitor/attributes.ts cuts to these). */
  attributes: 20,
  attributeKey: 40,
  attributeValue: 120,
  siteName: 120,
  origin: 255,
  originsPerSite: 50,
  importBatch: 5000,
  /** Largest CSV or XLSX file an import takes, in bytes (413 beyond it); streamed to disk, never held in memory. */
  importFile: 50 * 1024 * 1024,
  /** Largest request body the collector reads, in bytes (413 beyond it). */
  collectBody: 16 * 1024,
  apiBody: 8 * 1024 * 1024,
  /** Deepest JSON nesting any endpoint reads (400 beyond it); real payloads need 4. */
  jsonDepth: 64,
  email: 254,
  queryParamName: 64,
  queryParamsPerSite: 50,
  retentionDaysMax: 3650,
  /** Longest range a dashboard view reads, in days (400 beyond it): a view's work grows with its span and that of the period before it. */
  viewDays: 400,
} as const;
