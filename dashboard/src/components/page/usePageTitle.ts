import { useEffect } from 'preact/hooks';

/** The tab's title: where the user is, most specific first, then "Touchpoint". */
export function usePageTitle(...parts: string[]) {
  const title = [...parts, 'Touchpoint'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
