import { describe, expect, it } from 'vitest';
import { returnPathAfterSignIn, safeReturnPath } from './navigation.ts';

describe('safeReturnPath', () => {
  it('keeps dashboard paths with their query', () => {
    expect(safeReturnPath('/?site=demo&from=2026-11-01&to=2026-11-07')).toBe('/?site=demo&from=2026-11-01&to=2026-11-07');
  });

  it('refuses anything that could leave the dashboard', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/\n/evil']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeReturnPath('/login')).toBe('/');
    expect(safeReturnPath('/login?return=/')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });

  it('reads the return parameter from the sign-in URL', () => {
    expect(returnPathAfterSignIn('?return=%2F%3Fsite%3Ddemo')).toBe('/?site=demo');
    expect(returnPathAfterSignIn('')).toBe('/');
  });
});
