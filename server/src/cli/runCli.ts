import { Command, CommanderError } from 'commander';
import { ApiError } from '../http/ApiError.ts';
import { backupCommand, restoreCommand } from './backupCommands.ts';
import { CliError, type CliIo } from './cliIo.ts';
import { exportCommand } from './exportCommand.ts';
import { importCommand } from './importCommand.ts';
import { migrateToPostgresCommand } from './migrateToPostgresCommand.ts';
import { siteCommand } from './siteCommand.ts';
import { tokenCommand } from './tokenCommand.ts';
import { userCommand } from './userCommand.ts';

/** Exit codes, as the README's "Command line" section lists them. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

function program(io: CliIo): Command {
  const root = new Command('touchpoint')
    .description('Touchpoint on the command line: the database in TOUCHPOINT_DATA_DIR/touchpoint.db (default ./data)')
    .usage('<command> [options]  (npm run touchpoint -- <command>)')
    .configureOutput({ writeOut: (text) => io.out(text.replace(/\n$/, '')), writeErr: (text) => io.err(text.replace(/\n$/, '')) });
  for (const command of [backupCommand, restoreCommand, exportCommand, importCommand, migrateToPostgresCommand, siteCommand, tokenCommand, userCommand]) {
    root.addCommand(command(io));
  }
  // Every command and subcommand answers --help, reports usage errors without exiting the process, and writes through io.
  const inherit = (command: Command) => {
    command.exitOverride().showHelpAfterError().configureOutput(root.configureOutput());
    command.commands.forEach(inherit);
  };
  inherit(root);
  return root;
}

/**
 * Runs `touchpoint ARGS` and resolves with the exit code: 0 done, 1 refused
 * (bad input, nothing found, a file in the way), 2 usage (unknown command or
 * option, missing argument).
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync(args, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliError) {
      io.err(err.message);
      return err.exitCode;
    }
    if (err instanceof ApiError) {
      io.err(err.message);
      for (const issue of err.issues ?? []) io.err(`  ${issue.path}: ${issue.message}`);
      return EXIT.refused;
    }
    io.err(err instanceof Error ? err.message : String(err));
    return EXIT.refused;
  }
}
