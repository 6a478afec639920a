import { ROLES, type Role } from '../../../shared/roles.ts';
import { createUserSchema } from '../../../shared/schemas/account.ts';
import { addUser } from '../auth/addUser.ts';
import type { Db } from '../db/openDatabase.ts';
import { deleteUser } from '../db/queries/accounts/deleteUser.ts';
import { findUserByEmail } from '../db/queries/accounts/findUserByEmail.ts';
import { listUsers } from '../db/queries/accounts/listUsers.ts';
import { ApiError } from '../http/ApiError.ts';

export const USER_USAGE = `  npm run touchpoint -- user add EMAIL [--role viewer|member|admin] [--password-stdin]
                                       add an account (default role: viewer); asks for the
                                       password, or reads it from stdin with --password-stdin
  npm run touchpoint -- user list      list the accounts
  npm run touchpoint -- user remove EMAIL
                                       remove an account; its sessions and API tokens end`;

export interface UserCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** All of stdin (for --password-stdin). */
  readStdin: () => Promise<string>;
  /** Asks on the terminal without echo; undefined when there is no terminal. */
  ask?: (question: string) => Promise<string>;
}

/** `touchpoint user …`; resolves with the exit code (2: usage, 1: refused). */
export async function userCommand(db: Db, args: string[], io: UserCommandIo): Promise<number> {
  const [action, ...rest] = args;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const positional = rest.filter((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--role');
  const usage = () => {
    io.err(`Usage:\n${USER_USAGE}`);
    return 2;
  };

  if (action === 'list' && rest.length === 0) {
    const users = listUsers(db);
    if (users.length === 0) io.out('No accounts yet. Add one with: npm run touchpoint -- user add EMAIL --role admin');
    const width = Math.max(5, ...users.map((u) => u.email.length));
    if (users.length > 0) io.out(`${'EMAIL'.padEnd(width)}  ROLE    STATUS    CREATED`);
    for (const u of users) {
      const status = u.disabled ? 'disabled' : 'active';
      io.out(`${u.email.padEnd(width)}  ${u.role.padEnd(6)}  ${status.padEnd(8)}  ${new Date(u.created_at).toISOString().slice(0, 10)}`);
    }
    return 0;
  }

  if (action === 'remove' && positional.length === 1 && flags.length === 0) {
    const user = findUserByEmail(db, positional[0]!);
    if (!user) {
      io.err(`No account for ${positional[0]}.`);
      return 1;
    }
    deleteUser(db, user.id);
    io.out(`Removed ${user.email}; their sessions and API tokens have ended.`);
    return 0;
  }

  if (action === 'add' && positional.length === 1) {
    const roleAt = rest.indexOf('--role');
    const role = roleAt === -1 ? 'viewer' : rest[roleAt + 1];
    const known = new Set(['--role', '--password-stdin']);
    if (flags.some((flag) => !known.has(flag)) || !ROLES.includes(role as Role)) {
      if (roleAt !== -1 && !ROLES.includes(role as Role)) io.err(`--role must be one of ${ROLES.join(', ')}.`);
      return usage();
    }
    const password = await readPassword(flags.includes('--password-stdin'), io);
    if (password === undefined) return 2;
    const parsed = createUserSchema.safeParse({ email: positional[0], password, role });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) io.err(`${issue.path.join('.')}: ${issue.message}`);
      return 1;
    }
    try {
      const user = await addUser(db, parsed.data, Date.now());
      io.out(`Added ${user.email} as ${user.role}. They sign in at the dashboard with this e-mail and password.`);
      if (user.role !== 'admin') io.out('They see no site until an admin ticks the sites for them on the Team page.');
      return 0;
    } catch (err) {
      if (err instanceof ApiError) {
        io.err(err.message);
        return 1;
      }
      throw err;
    }
  }

  return usage();
}

/** From stdin with --password-stdin; otherwise asked twice on the terminal, never echoed. */
async function readPassword(fromStdin: boolean, io: UserCommandIo): Promise<string | undefined> {
  if (fromStdin) return (await io.readStdin()).replace(/\r?\n$/, '');
  if (!io.ask) {
    io.err('There is no terminal to ask for the password on. Pipe it in with --password-stdin.');
    return undefined;
  }
  const password = await io.ask('Password (at least 12 characters): ');
  if ((await io.ask('Again: ')) !== password) {
    io.err('The two passwords differ; nothing was changed.');
    return undefined;
  }
  return password;
}
