/** localStorage: the day (days since 1970) this browser first saw a page of the site with the widget. */
export const FIRST_SEEN_KEY = 'touchpoint:first-seen';
/** sessionStorage: this visit is the one that set FIRST_SEEN_KEY, so the visitor is new. */
export const NEW_VISIT_KEY = 'touchpoint:new-visit';

type PrivacyNavigator = Pick<Navigator, 'doNotTrack'> & { globalPrivacyControl?: boolean };

/** Global Privacy Control or Do Not Track: store and send nothing that tells this visitor apart. */
export function hasPrivacySignal(nav: PrivacyNavigator = navigator): boolean {
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

/**
 * New or returning, from the first-seen marker tp.js sets on every page view
 * (noteVisitor.ts): new during the visit that set it, returning in any later
 * one. Undefined without a marker: a privacy signal, or storage blocked.
 */
export function visitorKind(local: Storage, session: Storage): 'new' | 'returning' | undefined {
  try {
    if (local.getItem(FIRST_SEEN_KEY)) return session.getItem(NEW_VISIT_KEY) ? 'new' : 'returning';
  } catch {
    // Blocked: unknown.
  }
  return undefined;
}
