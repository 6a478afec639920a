/** localStorage: the day (days since 1970) this browser first saw a survey-enabled page of the site. */
export const FIRST_SEEN_KEY = 'touchpoint:first-seen';
/** sessionStorage: this visit is the one that set FIRST_SEEN_KEY, so the visitor is new. */
const NEW_VISIT_KEY = 'touchpoint:new-visit';

type PrivacyNavigator = Pick<Navigator, 'doNotTrack'> & { globalPrivacyControl?: boolean };

/** Global Privacy Control or Do Not Track: store and send nothing that tells this visitor apart. */
export function hasPrivacySignal(nav: PrivacyNavigator = navigator): boolean {
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

/**
 * New or returning, from a first-seen marker: new during the visit that set it,
 * returning in any later one. Undefined when storage is blocked. Callers skip
 * this entirely under a privacy signal, so no marker is written then.
 */
export function visitorKind(local: Storage, session: Storage, now: () => number = Date.now): 'new' | 'returning' | undefined {
  try {
    if (!local.getItem(FIRST_SEEN_KEY)) {
      local.setItem(FIRST_SEEN_KEY, String(Math.floor(now() / 864e5)));
      session.setItem(NEW_VISIT_KEY, '1');
    }
    return session.getItem(NEW_VISIT_KEY) ? 'new' : 'returning';
  } catch {
    return undefined;
  }
}
