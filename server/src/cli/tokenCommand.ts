import { Command } from 'commander';
import { createApiTokenSchema } from '../../../shared/schemas/account.ts';
import { issueApiToken } from '../auth/issueApiToken.ts';
import { toApiToken } from '../db/queries/accounts/apiTokenRow.ts';
import { listApiTokens } from '../db/queries/accounts/listApiTokens.ts';
import { revokeApiToken } from '../db/queries/accounts/revokeApiToken.ts';
import { validate } from '../http/validate.ts';
import { CliError, withDatabase, type CliIo } from './cliIo.ts';
import { printTable } from './printTable.ts';
import { requireAccount } from './requireAccount.ts';

/**
 * `touchpoint token create|list|revoke`: API tokens for automation, as the
 * dashboard's API tokens page makes them. A token acts with its account's
 * current role; only its sha256 is stored, so it is printed once.
 */
export function tokenCommand(io: CliIo): Command {
  const token = new Command('token').description("create, list and revoke an account's API tokens (for scripts)");

  token
    .command('create')
    .description('create a token; prints it once (only its hash is stored)')
    .requiredOption('--user <email>', 'the account it acts for, with that account’s role')
    .requiredOption('--name <name>', 'what it is for, e.g. "nightly export"')
    .action((options: { user: string; name: string }) =>
      withDatabase(io, (db) => {
        const account = requireAccount(db, options.user);
        const { name } = validate(createApiTokenSchema, { name: options.name });
        const created = issueApiToken(db, account.id, name, io.now());
        io.err(`Created token ${created.id} "${created.name}" for ${account.email}. It is shown only now; send it as Authorization: Bearer TOKEN.`);
        io.out(created.token);
      }),
    );

  token
    .command('list')
    .description("list an account's live tokens (never the tokens themselves)")
    .requiredOption('--user <email>', 'the account')
    .action((options: { user: string }) =>
      withDatabase(io, (db) => {
        const account = requireAccount(db, options.user);
        const tokens = listApiTokens(db, account.id).map(toApiToken);
        if (tokens.length === 0) return io.out(`${account.email} has no live API token.`);
        printTable(io, ['ID', 'NAME', 'CREATED', 'LAST USED'], tokens.map((t) => [String(t.id), t.name, t.createdAt, t.lastUsedAt ?? 'never']));
      }),
    );

  token
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>', 'the id `token list` shows')
    .requiredOption('--user <email>', 'the account it belongs to')
    .action((id: string, options: { user: string }) =>
      withDatabase(io, (db) => {
        const account = requireAccount(db, options.user);
        const tokenId = Number(id);
        if (!Number.isSafeInteger(tokenId) || !revokeApiToken(db, account.id, tokenId, io.now())) {
          throw new CliError(`${account.email} has no live API token with id ${id}.`);
        }
        io.out(`Revoked token ${tokenId} of ${account.email}.`);
      }),
    );
  return token;
}
