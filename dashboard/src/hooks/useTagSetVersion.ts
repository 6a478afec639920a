import { useEffect, useState } from 'preact/hooks';

// A site's tag set is read by the filter bar, the comment tag buttons and the
// editor, each with its own request. Saving bumps the site's version; a request
// that depends on it loads the new set, so no page needs a reload to show it.
const versions = new Map<string, number>();
const listeners = new Set<() => void>();

/** Says the site's tag set was saved: every `useTagSetVersion(siteKey)` re-renders with a new number. */
export function tagSetSaved(siteKey: string): void {
  versions.set(siteKey, (versions.get(siteKey) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/** How many times the site's tag set was saved on this page: a dependency for requests that read it. */
export function useTagSetVersion(siteKey: string): number {
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return versions.get(siteKey) ?? 0;
}
