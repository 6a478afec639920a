import { matchesAny } from '../../../shared/matchUrlRule.ts';
import type { Device } from '../../../shared/schemas/response.ts';
import type { SurveyTargeting } from '../../../shared/schemas/survey.ts';

/** What targeting looks at, as known on this page. */
export interface Visitor {
  path: string;
  device: Device;
  /** Unknown (undefined) under Do Not Track or Global Privacy Control: no marker is kept. */
  kind?: 'new' | 'returning';
  /** The page's language ('' when it does not say). */
  lang: string;
  attributes: Record<string, string>;
}

/** 'zh' matches zh-CN and zh-TW; 'zh-CN' matches only zh-CN; case does not matter. */
export function languageMatches(rule: string, lang: string): boolean {
  const r = rule.toLowerCase().replace('_', '-');
  const l = lang.toLowerCase().replace('_', '-');
  return l === r || l.startsWith(r + '-');
}

/**
 * Whether a survey's targeting lets this visitor see it here. Every condition
 * must hold; an empty list means "any". A survey for new or returning visitors
 * is never shown when that is unknown (privacy signals on).
 */
export function isTargeted(t: SurveyTargeting, v: Visitor): boolean {
  return (
    (!t.pages?.length || matchesAny(t.pages, v.path)) &&
    !matchesAny(t.excludePages, v.path) &&
    (!t.devices?.length || t.devices.includes(v.device)) &&
    (!t.visitor || t.visitor === 'any' || t.visitor === v.kind) &&
    (!t.languages?.length || t.languages.some((rule) => languageMatches(rule, v.lang))) &&
    Object.entries(t.attributes ?? {}).every(([key, value]) => v.attributes[key] === value)
  );
}
