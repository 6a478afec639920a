const loading = new Map<string, Promise<unknown>>();

/** Loads a lazily built chunk once, from beside tp.js; a failure lets a later call try again. */
export function loadChunk<T>(scriptBase: string, file: string): Promise<T> {
  let chunk = loading.get(file);
  if (!chunk) {
    chunk = import(/* @vite-ignore */ new URL(file, scriptBase).href).catch((error) => {
      loading.delete(file);
      throw error;
    });
    loading.set(file, chunk);
  }
  return chunk as Promise<T>;
}
