/** A Storage of its own, in memory: for tests in Node, where there is no localStorage. */
export function memoryStorage(data = new Map<string, string>()): Storage {
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/** Installs localStorage and sessionStorage over one map (keys never clash); returns it. */
export function installMemoryStorage() {
  const data = new Map<string, string>();
  Object.assign(globalThis, { localStorage: memoryStorage(data), sessionStorage: memoryStorage(data) });
  return data;
}

/** A Storage that throws on every call, as in some private modes or with storage blocked. */
export const blockedStorage = new Proxy({} as Storage, {
  get: () => () => {
    throw new DOMException('blocked', 'SecurityError');
  },
});
