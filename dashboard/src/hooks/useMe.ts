import { useEffect, useState } from 'preact/hooks';
import { hasRole, type Role } from '../../../shared/roles.ts';
import type { Me } from '../../../shared/schemas/account.ts';
import { getMe } from '../api/accountApi.ts';

// One request per page load, shared by the header, the pages and the
// `data-role` attribute that styles/roles.css hides controls by.
let known: Me | undefined;
let pending: Promise<Me> | undefined;

/** Who is signed in; undefined until the collector has said. */
export function useMe(): Me | undefined {
  const [me, setMe] = useState<Me | undefined>(known);
  useEffect(() => {
    // Another component's request may have answered between this one's first render and now.
    if (known) {
      setMe(known);
      return;
    }
    pending ??= getMe();
    let live = true;
    pending.then(
      (answer) => {
        known = answer;
        document.documentElement.dataset.role = answer.role;
        if (live) setMe(answer);
      },
      () => {
        pending = undefined; // a 401 has already sent the browser to sign in
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return me;
}

/** Whether the signed-in role may do what `need` may; false while unknown (the server decides anyway). */
export function can(me: Me | undefined, need: Role): boolean {
  return me !== undefined && hasRole(me.role, need);
}
