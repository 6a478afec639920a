/** A random id for a response, made in the browser so a retry is stored once. getRandomValues also works on plain-http pages, where randomUUID does not. */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
