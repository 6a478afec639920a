import { describe, expect, it } from 'vitest';
import { problemFlag } from './problemFlag.ts';

describe('problemFlag', () => {
  it('flags a problem that was absent last period as new from 5 on', () => {
    expect(problemFlag(5, 0)).toBe('new');
    expect(problemFlag(4, 0)).toBeNull();
  });

  it('flags a significant doubling or more as growing', () => {
    expect(problemFlag(15, 5)).toBe('growing');
    expect(problemFlag(40, 20)).toBe('growing');
  });

  it('does not flag a doubling that chance explains, or a slow rise', () => {
    expect(problemFlag(6, 3)).toBeNull();
    expect(problemFlag(2, 1)).toBeNull();
    expect(problemFlag(30, 20)).toBeNull();
    expect(problemFlag(3, 10)).toBeNull();
  });
});
