import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/passwordHash.ts';
import { userCommand, type UserCommandIo } from '../src/cli/userCommand.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { findUserByEmail } from '../src/db/queries/accounts/findUserByEmail.ts';
import { finished, repoRoot } from './childProcess.ts';

function io(stdin = '', answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const given: UserCommandIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
    ask: answers ? async () => answers.shift() ?? '' : undefined,
  };
  return { given, out, err };
}

describe('touchpoint user …', () => {
  it('adds an account with the password from stdin, lists it, and removes it', async () => {
    const db = openDatabase(':memory:');
    const add = io('a long enough password\n');
    expect(await userCommand(db, ['add', 'Ana@Team.example', '--role', 'admin', '--password-stdin'], add.given)).toBe(0);
    expect(add.out.join()).toContain('Added Ana@Team.example as admin');
    expect(add.out.join()).not.toContain('no site');
    const row = findUserByEmail(db, 'ana@team.example')!;
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$scrypt\$/);
    expect(await verifyPassword('a long enough password', row.password_hash)).toBe(true);

    const list = io();
    expect(await userCommand(db, ['list'], list.given)).toBe(0);
    expect(list.out.join('\n')).toMatch(/Ana@Team\.example\s+admin\s+active/);

    const remove = io();
    expect(await userCommand(db, ['remove', 'ana@team.example'], remove.given)).toBe(0);
    expect(findUserByEmail(db, 'ana@team.example')).toBeUndefined();
    expect(await userCommand(db, ['remove', 'ana@team.example'], io().given)).toBe(1);
  });

  it('asks twice on a terminal, and never waits for one when there is none', async () => {
    const db = openDatabase(':memory:');
    expect(await userCommand(db, ['add', 'bo@team.example'], io('', ['first password!', 'second password']).given)).toBe(2);
    const added = io('', ['same password 1', 'same password 1']);
    expect(await userCommand(db, ['add', 'bo@team.example'], added.given)).toBe(0);
    expect(added.out.join('\n')).toContain('They see no site until an admin ticks the sites for them on the Team page.');
    expect(findUserByEmail(db, 'bo@team.example')!.role).toBe('viewer');
    const noTerminal = io();
    expect(await userCommand(db, ['add', 'cy@team.example'], noTerminal.given)).toBe(2);
    expect(noTerminal.err.join()).toContain('--password-stdin');
  });

  it('refuses short passwords, unknown roles, bad addresses and a taken e-mail', async () => {
    const db = openDatabase(':memory:');
    expect(await userCommand(db, ['add', 'dee@team.example', '--password-stdin'], io('short').given)).toBe(1);
    expect(await userCommand(db, ['add', 'dee@team.example', '--role', 'owner', '--password-stdin'], io('long enough, really').given)).toBe(2);
    expect(await userCommand(db, ['add', 'not-an-address', '--password-stdin'], io('long enough, really').given)).toBe(1);
    expect(await userCommand(db, ['add', 'dee@team.example', '--password-stdin'], io('long enough, really').given)).toBe(0);
    const twice = io('long enough, really');
    expect(await userCommand(db, ['add', 'DEE@team.example', '--password-stdin'], twice.given)).toBe(1);
    expect(twice.err.join()).toContain('already an account');
    expect(await userCommand(db, ['frobnicate'], io().given)).toBe(2);
  });

  it('works as `npm run touchpoint -- user add` in a fresh data directory, piped and non-interactive', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'tp-cli-')), 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'user', 'add', 'ops@team.example', '--role', 'member', '--password-stdin'], {
      cwd: repoRoot,
      env: { ...process.env, TOUCHPOINT_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin!.end('piped password 123\n');
    const result = await finished(child);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const db = openDatabase(join(dataDir, 'touchpoint.db'));
    expect(await verifyPassword('piped password 123', findUserByEmail(db, 'ops@team.example')!.password_hash)).toBe(true);
    db.close();
  }, 30_000);
});
