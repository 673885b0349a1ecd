import os from 'node:os';

/** Where commands write: stdout for results, stderr for problems (tests swap these). */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Who the audit trail names for work done from the command line. */
export function actorName(): string {
  try {
    return `${os.userInfo().username} (command line)`;
  } catch {
    return 'command line';
  }
}
