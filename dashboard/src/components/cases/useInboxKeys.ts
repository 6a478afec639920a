import { useEffect } from 'preact/hooks';

export interface InboxKeyActions {
  move: (by: 1 | -1) => void;
  toggleSelected: () => void;
  assign: () => void;
  resolve: () => void;
  toggleHelp: () => void;
  closeHelp: () => void;
}

// Typing in a field, or a shortcut of the browser or the system, is never taken for an inbox key.
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** j/k move, x selects, a assigns, r resolves, ? shows the keys, Esc hides them. */
export function useInboxKeys(actions: InboxKeyActions, canAct: boolean) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return actions.closeHelp();
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
      const act: Record<string, (() => void) | undefined> = {
        j: () => actions.move(1),
        k: () => actions.move(-1),
        '?': actions.toggleHelp,
        x: canAct ? actions.toggleSelected : undefined,
        a: canAct ? actions.assign : undefined,
        r: canAct ? actions.resolve : undefined,
      };
      const run = act[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
