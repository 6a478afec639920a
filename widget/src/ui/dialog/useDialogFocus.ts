import { useEffect, useRef } from 'preact/hooks';
import { trapFocus } from './trapFocus.ts';

/** trapFocus for a Preact dialog: bound once, when it opens. */
export function useDialogFocus(onEscape: () => void, initialSelector: string) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => trapFocus(ref.current!, onEscape, initialSelector), []);
  return ref;
}
