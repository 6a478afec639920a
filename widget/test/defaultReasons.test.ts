import { describe, expect, it } from 'vitest';
import { DEFAULT_ABANDON_REASONS } from '../../shared/schemas/journey.ts';
import { DEFAULT_REASONS } from '../src/journeys/defaultReasons.ts';

describe("the widget's copy of the default reasons", () => {
  it('offers exactly the codes and labels of DEFAULT_ABANDON_REASONS, in order', () => {
    expect(DEFAULT_REASONS).toEqual(DEFAULT_ABANDON_REASONS.map(({ code, label }) => ({ code, label })));
  });
});
