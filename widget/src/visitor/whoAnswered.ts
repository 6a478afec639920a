import type { PageRatingInput } from '../../../shared/schemas/response.ts';
import { readAttributes } from './attributes.ts';
import { hasPrivacySignal, visitorKind } from './visitorKind.ts';

/** The collector's `visitorFields`, on every rating, answer and journey event. */
export type WhoAnswered = Pick<PageRatingInput, 'returning' | 'attributes'>;

/**
 * Who is answering, read when a payload is built so a later `identify` counts:
 * new or returning (absent when storage is blocked) and the visit's `identify`
 * attributes (absent when there are none). Nothing under a privacy signal.
 */
export function whoAnswered(): WhoAnswered {
  try {
    if (hasPrivacySignal()) return {};
    const kind = visitorKind(localStorage, sessionStorage);
    const attributes = readAttributes(sessionStorage);
    return { returning: kind && kind === 'returning', attributes: Object.keys(attributes).length ? attributes : undefined };
  } catch {
    return {};
  }
}
