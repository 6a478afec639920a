import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { responseInputSchema } from '../../shared/schemas/response.ts';
import { siteConfigSchema } from '../../shared/schemas/siteConfig.ts';
import surveyWords from '../src/i18n/strings/en.ts';
import { INTERNAL } from '../internalProps.ts';

/** Every object key a schema can hold, however deep. */
function keysOf(schema: z.ZodType, into = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  if (def.type === 'object') {
    for (const [key, inner] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  const inner: z.ZodType[] = [def.innerType, def.element, def.valueType, def.in, def.out, def.left, def.right, ...(def.options ?? [])];
  if (def.type === 'lazy') inner.push(def.getter());
  for (const next of inner) if (next) keysOf(next, into);
  return into;
}

describe('the property names the widget build shortens', () => {
  it('are none that cross the wire: answers, the site config, error bodies, or the survey words sites override', () => {
    const wire = new Set([...keysOf(responseInputSchema), ...keysOf(siteConfigSchema), ...keysOf(errorBodySchema), ...Object.keys(surveyWords)]);
    expect(wire.has('visitId') && wire.has('surveyThanks') && wire.has('journeys')).toBe(true);
    expect(INTERNAL.filter((name) => wire.has(name))).toEqual([]);
  });

  it('are none that the widget keeps in storage, which an older build must read', () => {
    // outbox.ts, journeyState.ts and fatigue.ts
    const stored = ['payload', 'attempts', 'notBefore', 'queuedAt', 'reached', 'completed', 'asked', 'current', 'declined', 'journey', 'step', 'since', 'fields', 'onward', 'left', 'last', 'done', 'rolls'];
    expect(INTERNAL.filter((name) => stored.includes(name))).toEqual([]);
  });
});
