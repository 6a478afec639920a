// The default tags a team puts on comments: the five SERVQUAL dimensions of
// service quality (Parasuraman, Zeithaml & Berry 1988). Plain data, no zod, so
// the dashboard can import it.

export interface CommentTagOption {
  key: string;
  label: string;
  /** What a comment with this tag is about, for a tooltip. */
  about: string;
}

export const SERVQUAL_TAGS: readonly CommentTagOption[] = [
  { key: 'reliability', label: 'Reliability', about: 'Doing what was promised, dependably and accurately' },
  { key: 'tangibles', label: 'Tangibles', about: 'What customers see: the site, the product, the packaging' },
  { key: 'responsiveness', label: 'Responsiveness', about: 'Willingness to help, and speed' },
  { key: 'assurance', label: 'Assurance', about: 'Competence and trust: payment, security, clear answers' },
  { key: 'empathy', label: 'Empathy', about: 'Care and attention to the individual customer' },
];

/** A tag key: the defaults above, or the team's own. */
export const COMMENT_TAG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
