import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { COMMENT_MAX } from '../src/ui/dialog/commentMax.ts';

describe("the dialogs' comment length cap", () => {
  it('is the one the collector enforces', () => {
    expect(COMMENT_MAX).toBe(LIMITS.comment);
  });
});
