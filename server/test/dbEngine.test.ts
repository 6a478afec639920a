import { describe, expect, it } from 'vitest';
import { insertUser } from '../src/db/queries/accounts/insertUser.ts';
import { statement } from '../src/db/statement.ts';
import { write, writeEach } from '../src/db/write.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { testDb } from './testApp.ts';

// What the code relies on from its database, whichever engine it is (issue 16):
// this file runs on SQLite and, in the `postgres` project, on PostgreSQL.

const user = (email: string) => ({ email, passwordHash: 'x', role: 'viewer' as const });
const emails = (db: ReturnType<typeof testDb>) =>
  statement(db, 'SELECT email FROM users ORDER BY email').pluck().all() as string[];

describe('the database engine', () => {
  it('commits a write, and undoes all of one that throws', () => {
    const db = testDb();
    write(db, () => insertUser(db, user('a@example.com'), TEST_NOW));
    expect(() =>
      write(db, () => {
        insertUser(db, user('b@example.com'), TEST_NOW);
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(emails(db)).toEqual(['a@example.com']);
    expect(db.inTransaction).toBe(false);
  });

  it('undoes only the failing piece of writeEach, keeping the others', () => {
    const db = testDb();
    const results = writeEach(db, [
      () => insertUser(db, user('a@example.com'), TEST_NOW).email,
      () => insertUser(db, user('A@example.com'), TEST_NOW).email, // taken whatever the case
      () => insertUser(db, user('c@example.com'), TEST_NOW).email,
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(((results[1] as { error: { code?: string } }).error).code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(emails(db)).toEqual(['a@example.com', 'c@example.com']);
  });

  it('refuses a write outside write()', () => {
    const db = testDb();
    expect(() => statement(db, 'DELETE FROM users')).toThrow(/outside a transaction/);
  });

  it('answers counts, sums and comparisons as numbers, and named and positional parameters alike', () => {
    const db = testDb();
    write(db, () => ['a@example.com', 'b@example.com'].forEach((e) => insertUser(db, user(e), TEST_NOW)));
    const row = statement(
      db,
      `SELECT (SELECT count(*) FROM users) AS n, (SELECT sum(created_at) FROM users) AS total,
              max(created_at, @floor) AS atLeast, email = ? AS isA FROM users WHERE email = ?`,
    ).get({ floor: TEST_NOW + 1 }, 'a@example.com', 'a@example.com');
    expect(row).toEqual({ n: 2, total: 2 * TEST_NOW, atLeast: TEST_NOW + 1, isA: 1 });
  });
});
