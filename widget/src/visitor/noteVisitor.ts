import { ATTRIBUTES_KEY } from './attributes.ts';
import { FIRST_SEEN_KEY, hasPrivacySignal, NEW_VISIT_KEY } from './visitorKind.ts';

/**
 * Part of tp.js, on every page view: what the chunks that send answers and
 * journey events later read back about the visitor (visitorKind, readAttributes).
 * The browser is marked as seen here rather than when a form opens, so a
 * shopper who first rates on their fifth visit counts as returning. Returns
 * what keeps `identify` attributes for the visit, whether or not the site has
 * surveys. Nothing is stored under a privacy signal.
 *
 * Written tersely and without cleaning the attributes (readAttributes does, on
 * every read): every page of every site loads this, within 4 KB.
 */
export function noteVisitor(): (attributes: unknown) => void {
  const privacy = hasPrivacySignal();
  // Even reading localStorage throws where storage is blocked: then nothing is noted.
  const quietly = (note: () => void) => {
    try {
      if (!privacy) note();
    } catch {}
  };
  quietly(() => {
    if (!localStorage.getItem(FIRST_SEEN_KEY)) {
      localStorage.setItem(FIRST_SEEN_KEY, `${(Date.now() / 864e5) | 0}`); // the day, no more
      sessionStorage.setItem(NEW_VISIT_KEY, '1');
    }
  });
  // Merged over what the visit said before, later values winning; nested objects and arrays are dropped.
  const drop = (key: string, value: unknown) => (key && typeof value === 'object' ? undefined : value);
  return (attributes) =>
    quietly(() => {
      if (typeof attributes === 'object')
        sessionStorage.setItem(ATTRIBUTES_KEY, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(ATTRIBUTES_KEY) || '{}'), ...attributes }, drop));
    });
}
