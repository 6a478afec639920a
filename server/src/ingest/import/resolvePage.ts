import type { Touchpoint } from '../../../../shared/schemas/touchpoint.ts';
import { pagePathSchema } from '../../../../shared/schemas/response.ts';
import { touchpointForPath } from '../../../../shared/touchpointForPath.ts';

/**
 * The page path a "page or touchpoint" cell stands for: a path as written
 * (`/checkout/payment`), a word the mapping lists (`Payment` → a path), or the
 * name or key of one of the site's touchpoints (any case), which stands for a
 * page its first rule matches. Undefined when it is none of these.
 */
export function resolvePage(cell: string, pages: Readonly<Record<string, string>>, touchpoints: readonly Touchpoint[]): string | undefined {
  const text = cell.trim();
  if (text.startsWith('/')) return pagePathSchema.safeParse(text).success ? text : undefined;
  const listed = pages[text];
  if (listed !== undefined) return listed;
  const lower = text.toLowerCase();
  const touchpoint = touchpoints.find((t) => t.name.toLowerCase() === lower || t.key === lower);
  if (!touchpoint) return undefined;
  for (const rule of touchpoint.rules) {
    const path = rule.value.replaceAll('*', '');
    // A broader touchpoint listed first may own that page; only a path the map gives this touchpoint will do.
    if (touchpointForPath(touchpoints, path) === touchpoint) return path;
  }
  return undefined;
}
