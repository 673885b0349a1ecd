import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with strict options; its errors become usage errors (exit 2). */
export function parse<O extends Options>(command: string, argv: string[], options: O, positionals: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (parsed.positionals.length < positionals.length) throw new UsageError(`${command}: missing ${positionals[parsed.positionals.length]}`);
  if (parsed.positionals.length > positionals.length) throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.length]}"`);
  return { values: parsed.values, positionals: parsed.positionals };
}

export function requireOption(command: string, value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`${command}: ${flag} is required`);
  return value;
}

export function oneOf<T extends string>(command: string, value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${command}: ${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
