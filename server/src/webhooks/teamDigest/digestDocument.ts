import type { MailLang } from '../../../../shared/mailLangs.ts';
import type { ScoreComparison } from '../../../../shared/scores/compareScores.ts';
import type { ScoreResult } from '../../../../shared/scores/scoreResult.ts';
import { caseLink } from '../../cases/assignmentMail.ts';
import { DIGEST_HOUR, localDate } from './digestWeek.ts';
import { DIGEST_WORDS, type DigestWords } from './digestWords.ts';
import type { TeamDigest } from './teamDigestData.ts';

/** A line of the digest: its words, where it leads, and what a shopper wrote about it. */
export interface DigestItem {
  text: string;
  href?: string;
  quotes?: string[];
}

export interface DigestSection {
  heading: string;
  items: DigestItem[];
  link: { label: string; href: string };
}

/** The digest as words and links, before it becomes text or HTML: both parts say the same. */
export interface DigestDocument {
  lang: MailLang;
  subject: string;
  intro: string;
  sections: DigestSection[];
  footer: string;
  footerLink: { label: string; href: string };
  /** ': ' or '：', between a link's label and its address in the text part. */
  colon: string;
}

/** A comment quoted at most this long. */
const QUOTE_CHARS = 200;
const QUOTES = 2;

const MINUS = '\u2212';
const signed = (x: number, digits: number) => `${x < 0 ? MINUS : '+'}${Math.abs(x).toFixed(digits)}`;
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const quote = (text: string) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text);

type ScoreKey = 'avgRating' | 'csat' | 'netExperience';
// Average rating in stars; CSAT a share shown in percent; net experience −1…1 shown ×100: changes in points.
const value: Record<ScoreKey, (v: number) => string> = {
  avgRating: (v) => v.toFixed(2),
  csat: (v) => `${Math.round(v * 100)}%`,
  netExperience: (v) => signed(v * 100, 0),
};
const delta = (key: ScoreKey, d: number) => (key === 'avgRating' ? signed(d, 2) : signed(d * 100, 0));

function scoreLine(key: ScoreKey, digest: TeamDigest, words: DigestWords): string {
  const shown = (s: ScoreResult) => (s.value === null ? words.noRatings : words.withRatings(value[key](s.value), s.n));
  const now = digest.current[key];
  const before = digest.previous[key];
  const change: ScoreComparison = digest.change[key];
  const head = words.score(words.names[key], shown(now), shown(before));
  if (change.delta === null || change.low === null || change.high === null || !now.enough || !before.enough) return head + words.tooFew;
  const unit = key === 'avgRating' ? '' : words.points;
  return head + words.change(`${delta(key, change.delta)}${unit}`, delta(key, change.low), delta(key, change.high), change.significant);
}

/** The team's digest in its language, with links into the dashboard (relative without a public URL, as the other mails). */
export function digestDocument(digest: TeamDigest, dashboardUrl: string | undefined): DigestDocument {
  const words = DIGEST_WORDS[digest.team.lang];
  const base = (dashboardUrl ?? '').replace(/\/$/, '');
  const site = encodeURIComponent(digest.site.key);
  const day = (ms: number) => localDate(ms, digest.timeZone);
  // The week is Monday to Sunday: its last day is the one before `to`.
  const [from, to] = [day(digest.week.from), day(digest.week.to - 1)];
  const { loop } = digest;
  return {
    lang: digest.team.lang,
    subject: words.subject(digest.team.name, digest.site.name, from, to),
    intro: words.intro(digest.team.name, digest.site.name, from, to),
    sections: [
      {
        heading: words.casesHeading,
        items: [
          { text: digest.open ? words.openSummary(digest.open, digest.overdue) : words.noOpen },
          ...digest.oldest.map((c) => ({
            text: words.caseLine(c.id, words.status[c.status], day(c.createdAt), c.overdue),
            href: caseLink(dashboardUrl, digest.site.key, c.id),
            ...(c.comment ? { quotes: [quote(c.comment)] } : {}),
          })),
        ],
        link: { label: words.inbox, href: `${base}/inbox?site=${site}&team=${encodeURIComponent(digest.team.key)}` },
      },
      {
        heading: words.problemsHeading,
        items: digest.problems.length
          ? digest.problems.map((p) => ({
              text: words.problem(p.label, p.context, p.flag ?? 'new', p.impact, p.previous.impact),
              ...(p.examples.length ? { quotes: p.examples.slice(0, QUOTES).map(quote) } : {}),
            }))
          : [{ text: words.noProblems }],
        link: { label: words.fixFirst, href: `${base}/fix-first?site=${site}` },
      },
      {
        heading: words.scoresHeading,
        items: [
          ...(['avgRating', 'csat', 'netExperience'] as const).map((key) => ({ text: scoreLine(key, digest, words) })),
          ...(['negativeRatings', 'abandonments'] as const).map((key) => ({
            text: words.count(words.names[key], digest.current[key], digest.previous[key], digest.change[key].significant),
          })),
        ],
        link: { label: words.journeyMap, href: `${base}/journey-map?site=${site}` },
      },
      {
        heading: words.loopHeading,
        items: [
          { text: words.loopOpened(loop.cases, loop.actedOn, percent(loop.closeLoopRate)) },
          { text: loop.closed ? words.loopRate(loop.toldClosed, loop.closed, percent(loop.loopRate)) : words.noneClosed },
        ],
        link: { label: words.loopPage, href: `${base}/loop?site=${site}` },
      },
    ],
    footer: words.footer(`${String(DIGEST_HOUR).padStart(2, '0')}:00`, digest.timeZone),
    footerLink: { label: words.routing, href: `${base}/routing?site=${site}` },
    colon: words.colon,
  };
}
