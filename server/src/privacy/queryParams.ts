/**
 * A page location with only the allowed query parameters left, in their order;
 * `/cart?email=a@b.c&variant=2` with `['variant']` is `/cart?variant=2`. Query
 * strings often carry personal data, so nothing is kept unless the site asked.
 */
export function keepAllowedQueryParams(location: string, allowed: readonly string[]): string {
  const question = location.indexOf('?');
  if (question < 0) return location;
  const path = location.slice(0, question);
  if (allowed.length === 0) return path;
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(location.slice(question + 1))) {
    if (allowed.includes(name)) kept.append(name, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
