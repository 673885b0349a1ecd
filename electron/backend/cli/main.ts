import { ApiError } from '../../../shared/errors';
import { issueLines } from '../interchange/import-document';
import { runCheck } from './commands/check';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runInfo } from './commands/info';
import { runNew } from './commands/new';
import { processIO, type CliIO } from './io';
import { OutputError } from './output';
import { removeTemporaryFoldersOnSignals } from '../temp-folders';
import { EXIT, USAGE, UsageError } from './usage';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

const COMMANDS: Record<string, Command> = { new: runNew, info: runInfo, check: runCheck, export: runExport, import: runImport };

/** Runs one command line; answers the exit code. Never throws, never prints a stack trace. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE);
      return EXIT.ok;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err('');
      io.err(USAGE);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.err(error.message);
      return EXIT.unexpected;
    }
    if (error instanceof ApiError) {
      if (error.code.startsWith('FILE_')) {
        io.err(`${error.code}: ${error.message}`);
        return EXIT.cannotOpen;
      }
      if (error.code === 'VALIDATION' || error.code === 'CONFLICT') {
        io.err(`${error.code}: ${error.message}`);
        for (const line of issueLines(error.issues)) io.err(line);
        return EXIT.invalid;
      }
      io.err(`${error.code}: ${error.message}`);
      return EXIT.unexpected;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.err(`Unexpected error: ${detail}`);
    return EXIT.unexpected;
  }
}

/** The entry point of dist/backend/cli.mjs. */
export async function main(): Promise<void> {
  removeTemporaryFoldersOnSignals();
  process.exitCode = await runCli(process.argv.slice(2));
}
