/** How `returning` and `attributes` are stored on every table that has them. */
export interface VisitorColumns {
  /** 0 new, 1 returning, null unknown (a privacy signal, or not sent). */
  returning: 0 | 1 | null;
  /** JSON object, values scrubbed of contact details as comments are; null when there are none. */
  attributes: string | null;
}
