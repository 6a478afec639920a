import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';

describe('TOUCHPOINT_DATABASE_URL', () => {
  it('is absent by default: the SQLite file in the data directory', () => {
    expect(settingsFromEnv({}).postgres).toBeUndefined();
  });

  it('takes postgres:// and postgresql:// addresses, the view threads reading from the main one unless a read address is given', () => {
    const url = 'postgres://touchpoint:pw@db.internal:5432/touchpoint';
    expect(settingsFromEnv({ TOUCHPOINT_DATABASE_URL: url }).postgres).toEqual({ url, readUrl: url });
    const replica = 'postgresql://reader:pw@replica.internal/touchpoint';
    expect(settingsFromEnv({ TOUCHPOINT_DATABASE_URL: url, TOUCHPOINT_DATABASE_READ_URL: replica }).postgres).toEqual({ url, readUrl: replica });
  });

  it('refuses anything else, without repeating the password', () => {
    for (const [name, env] of [
      ['TOUCHPOINT_DATABASE_URL', { TOUCHPOINT_DATABASE_URL: 'mysql://touchpoint:s3cret@db.internal/touchpoint' }],
      ['TOUCHPOINT_DATABASE_URL', { TOUCHPOINT_DATABASE_URL: 'data/touchpoint.db' }],
      ['TOUCHPOINT_DATABASE_READ_URL', { TOUCHPOINT_DATABASE_URL: 'postgres://db.internal/tp', TOUCHPOINT_DATABASE_READ_URL: 'http://u:s3cret@replica/tp' }],
    ] as const) {
      expect(() => settingsFromEnv(env)).toThrow(new RegExp(`^${name} must be a PostgreSQL address`));
      expect(() => settingsFromEnv(env)).not.toThrow(/s3cret/);
    }
    expect(() => settingsFromEnv({ TOUCHPOINT_DATABASE_READ_URL: 'postgres://replica/tp' })).toThrow(/without TOUCHPOINT_DATABASE_URL/);
  });
});
