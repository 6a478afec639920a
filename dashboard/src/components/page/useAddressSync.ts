import { useEffect } from 'preact/hooks';

/**
 * Writes the effective query (the site, journey or survey actually shown, the
 * range and filters) into the address, so what is on screen is what a copied
 * link shows. `write` replaces the history entry: the user did not navigate.
 * `ready` holds it back until what decides the effective query has loaded.
 */
export function useAddressSync(address: string, write: () => void, ready = true) {
  useEffect(() => {
    if (ready && address !== location.search) write();
  }, [ready, address]);
}
