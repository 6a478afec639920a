import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/passwordHash.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { findUserByEmail } from '../src/db/queries/accounts/findUserByEmail.ts';
import { finished, repoRoot } from './childProcess.ts';
import { cliRun, tempDataDir } from './cliRun.ts';

function userRow(dataDir: string, email: string) {
  const db = openDatabase(join(dataDir, 'touchpoint.db'));
  try {
    return findUserByEmail(db, email);
  } finally {
    db.close();
  }
}

describe('touchpoint user …', () => {
  it('adds an account with the password from stdin, lists it, and removes it', async () => {
    const dir = tempDataDir();
    const add = await cliRun(dir, ['user', 'add', 'Ana@Team.example', '--role', 'admin', '--password-stdin'], { stdin: 'a long enough password\n' });
    expect(add.code).toBe(0);
    expect(add.out.join()).toContain('Added Ana@Team.example as admin');
    expect(add.out.join()).not.toContain('no site');
    const row = userRow(dir, 'ana@team.example')!;
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$scrypt\$/);
    expect(await verifyPassword('a long enough password', row.password_hash)).toBe(true);

    const list = await cliRun(dir, ['user', 'list']);
    expect(list.code).toBe(0);
    expect(list.out.join('\n')).toMatch(/Ana@Team\.example\s+admin\s+active/);

    expect((await cliRun(dir, ['user', 'remove', 'ana@team.example'])).code).toBe(0);
    expect(userRow(dir, 'ana@team.example')).toBeUndefined();
    const again = await cliRun(dir, ['user', 'remove', 'ana@team.example']);
    expect(again.code).toBe(1);
    expect(again.err.join()).toContain('No account for ana@team.example');
  });

  it('asks twice on a terminal, and never waits for one when there is none', async () => {
    const dir = tempDataDir();
    expect((await cliRun(dir, ['user', 'add', 'bo@team.example'], { answers: ['first password!', 'second password'] })).code).toBe(2);
    const added = await cliRun(dir, ['user', 'add', 'bo@team.example'], { answers: ['same password 1', 'same password 1'] });
    expect(added.code).toBe(0);
    expect(added.out.join('\n')).toContain('They see no site until an admin ticks the sites for them on the Team page.');
    expect(userRow(dir, 'bo@team.example')!.role).toBe('viewer');
    const noTerminal = await cliRun(dir, ['user', 'add', 'cy@team.example']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err.join()).toContain('--password-stdin');
  });

  it('refuses short passwords, unknown roles, bad addresses and a taken e-mail', async () => {
    const dir = tempDataDir();
    const stdin = 'long enough, really';
    expect((await cliRun(dir, ['user', 'add', 'dee@team.example', '--password-stdin'], { stdin: 'short' })).code).toBe(1);
    const owner = await cliRun(dir, ['user', 'add', 'dee@team.example', '--role', 'owner', '--password-stdin'], { stdin });
    expect(owner.code).toBe(2);
    expect(owner.err.join()).toContain('Allowed choices are viewer, member, admin');
    expect((await cliRun(dir, ['user', 'add', 'not-an-address', '--password-stdin'], { stdin })).code).toBe(1);
    expect((await cliRun(dir, ['user', 'add', 'dee@team.example', '--password-stdin'], { stdin })).code).toBe(0);
    const twice = await cliRun(dir, ['user', 'add', 'DEE@team.example', '--password-stdin'], { stdin });
    expect(twice.code).toBe(1);
    expect(twice.err.join()).toContain('already an account');
    expect((await cliRun(dir, ['user', 'frobnicate'])).code).toBe(2);
  });

  it('explains each of its commands with --help', async () => {
    const dir = tempDataDir();
    const help = await cliRun(dir, ['user', '--help']);
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toMatch(/add \[options\] <email>[\s\S]*list[\s\S]*remove <email>/);
    const add = await cliRun(dir, ['user', 'add', '--help']);
    expect(add.out.join('\n')).toContain('--password-stdin');
    expect(add.out.join('\n')).toContain('choices: "viewer", "member", "admin"');
  });

  it('works as `npm run touchpoint -- user add` in a fresh data directory, piped and non-interactive', async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'user', 'add', 'ops@team.example', '--role', 'member', '--password-stdin'], {
      cwd: repoRoot,
      env: { ...process.env, TOUCHPOINT_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin!.end('piped password 123\n');
    const result = await finished(child);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await verifyPassword('piped password 123', userRow(dataDir, 'ops@team.example')!.password_hash)).toBe(true);
  }, 30_000);
});
