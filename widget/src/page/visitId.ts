import { newId } from '../transport/newId.ts';

const KEY = 'touchpoint:visit';

/** One id per visit (tab session), in sessionStorage: no cookies, gone when the tab closes. */
export function visitId(): string | undefined {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = newId();
      sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return undefined;
  }
}
