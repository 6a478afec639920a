// Answers to the demo's after-order survey (demo/orderSurvey.ts) from a share of
// the seeded visits that rated pages and went on to order: how easy the order
// was (CES), which peak–end counts as the visit's end, and NPS. NPS follows the
// end more than the rest of the visit, as the peak–end rule expects, so the
// dashboard's peak–end card shows visits sunk by their end recommending less.

import type { ImportedSurveyAnswerInput } from '../shared/schemas/import.ts';
import { ORDER_SURVEY } from './orderSurvey.ts';
import { mix, mulberry32, type Rng } from './random.ts';
import { DEFAULT_SEED, type SeedOptions, type SeedResponse } from './seedResponses.ts';

/** Of the visits that rated pages, how many order and answer the survey on the thank-you page. */
const ANSWER_SHARE = 0.35;
/** Of those, how many go on from CES to NPS. */
const NPS_SHARE = 0.9;
const MINUTE = 60_000;

/** A visit's seeded ratings, in time order. */
type Visit = SeedResponse[];

/** FNV-1a: a visit's own PRNG seed from its id. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(x)));
/** Noise of mean 0, from −spread to spread. */
const noise = (rng: Rng, spread: number) => (rng() + rng() - 1) * spread;

/** The answers one visit gives, or none; its own PRNG, so one visit's answers never depend on another's. */
function answersOf(visit: Visit, baseSeed: number, idPrefix: string, now: number): ImportedSurveyAnswerInput[] {
  const last = visit[visit.length - 1]!;
  const rng = mulberry32(mix(baseSeed, hashOf(last.visitId!)));
  if (rng() >= ANSWER_SHARE) return [];
  const mean = visit.reduce((sum, r) => sum + r.rating, 0) / visit.length;
  // Mostly how the visit went, but the last step can surprise either way (a missing confirmation e-mail, a smooth payment).
  const effort = clamp(1 + (mean - 1) * 1.5 + noise(rng, 3), 1, 7);
  const endOnFive = 1 + ((effort - 1) * 4) / 6;
  const recommend = clamp(2.3 * (0.75 * endOnFive + 0.25 * mean) - 1.3 + noise(rng, 2), 0, 10);
  const at = Date.parse(last.createdAt) + (1 + Math.floor(rng() * 3)) * MINUTE;
  const base = {
    type: 'survey_answer' as const,
    visitId: last.visitId,
    survey: ORDER_SURVEY.key,
    path: '/checkout/thank-you',
    ...(last.lang && { lang: last.lang }),
    ...(last.device && { device: last.device }),
    ...(last.returning !== undefined && { returning: last.returning }),
    ...(last.attributes && { attributes: last.attributes }),
  };
  const answers: ImportedSurveyAnswerInput[] = [
    { ...base, id: `${idPrefix}-sa-${last.visitId}-effort`, question: 'effort', value: effort, createdAt: new Date(at).toISOString() },
  ];
  if (rng() < NPS_SHARE) {
    const npsAt = at + 20_000;
    answers.push({ ...base, id: `${idPrefix}-sa-${last.visitId}-recommend`, question: 'recommend', value: recommend, createdAt: new Date(npsAt).toISOString() });
  }
  // Nothing after `now` (the end of the seeded range, exclusive).
  return answers.filter((a) => Date.parse(a.createdAt) < now);
}

/**
 * The after-order survey answers of a share of the seeded visits (web ratings
 * with a visit id), a few minutes after their last rating. Deterministic for the
 * same ratings and seed.
 */
export function generateSeedSurveyAnswers(ratings: readonly SeedResponse[], options: SeedOptions = {}): ImportedSurveyAnswerInput[] {
  const baseSeed = options.seed ?? DEFAULT_SEED;
  const idPrefix = (options.idPrefix ?? 'seed').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'seed';
  const now = options.now === undefined ? Date.now() : +options.now;
  const visits = new Map<string, Visit>();
  for (const rating of ratings) {
    if (!rating.visitId) continue;
    const visit = visits.get(rating.visitId);
    if (visit) visit.push(rating);
    else visits.set(rating.visitId, [rating]);
  }
  const answers: ImportedSurveyAnswerInput[] = [];
  for (const visit of visits.values()) {
    visit.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    answers.push(...answersOf(visit, baseSeed, idPrefix, now));
  }
  return answers.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
