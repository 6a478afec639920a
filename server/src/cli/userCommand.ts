import { Command, Option } from 'commander';
import { ROLES, type Role } from '../../../shared/roles.ts';
import { createUserSchema } from '../../../shared/schemas/account.ts';
import { addUser } from '../auth/addUser.ts';
import { deleteUser } from '../db/queries/accounts/deleteUser.ts';
import { listUsers } from '../db/queries/accounts/listUsers.ts';
import { validate } from '../http/validate.ts';
import { CliError, withDatabase, type CliIo } from './cliIo.ts';
import { printTable } from './printTable.ts';
import { requireAccount } from './requireAccount.ts';

/** `touchpoint user add|list|remove`: the accounts that sign in to the dashboard. */
export function userCommand(io: CliIo): Command {
  const user = new Command('user').description('manage the accounts that sign in to the dashboard');

  user
    .command('add')
    .description('add an account; asks for the password twice on a terminal (never echoed)')
    .argument('<email>', 'the e-mail they sign in with')
    .addOption(new Option('--role <role>', 'what they may do').choices(ROLES).default('viewer'))
    .option('--password-stdin', 'read the password from stdin (for scripts)')
    .action(async (email: string, options: { role: Role; passwordStdin?: boolean }) => {
      const password = await readPassword(Boolean(options.passwordStdin), io);
      const input = validate(createUserSchema, { email, password, role: options.role });
      await withDatabase(io, async (db) => {
        const added = await addUser(db, input, io.now());
        io.out(`Added ${added.email} as ${added.role}. They sign in at the dashboard with this e-mail and password.`);
        if (added.role !== 'admin') io.out('They see no site until an admin ticks the sites for them on the Team page.');
      });
    });

  user
    .command('list')
    .description('list the accounts')
    .action(() =>
      withDatabase(io, (db) => {
        const users = listUsers(db);
        if (users.length === 0) return io.out('No accounts yet. Add one with: npm run touchpoint -- user add EMAIL --role admin');
        printTable(io, ['EMAIL', 'ROLE', 'STATUS', 'CREATED'], users.map((u) => [
          u.email,
          u.role,
          u.disabled ? 'disabled' : 'active',
          new Date(u.created_at).toISOString().slice(0, 10),
        ]));
      }),
    );

  user
    .command('remove')
    .description('remove an account; its sessions and API tokens end')
    .argument('<email>')
    .action((email: string) =>
      withDatabase(io, (db) => {
        const found = requireAccount(db, email);
        deleteUser(db, found.id);
        io.out(`Removed ${found.email}; their sessions and API tokens have ended.`);
      }),
    );
  return user;
}

/** From stdin with --password-stdin; otherwise asked twice on the terminal. Exit 2 when it cannot be had. */
async function readPassword(fromStdin: boolean, io: CliIo): Promise<string> {
  if (fromStdin) return (await io.readStdin()).replace(/\r?\n$/, '');
  if (!io.ask) throw new CliError('There is no terminal to ask for the password on. Pipe it in with --password-stdin.', 2);
  const password = await io.ask('Password (at least 12 characters): ');
  if ((await io.ask('Again: ')) !== password) throw new CliError('The two passwords differ; nothing was changed.', 2);
  return password;
}
