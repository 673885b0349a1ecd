/** Thrown for a command line the CLI cannot understand: exit code 2 and the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, unexpected: 1, usage: 2, cannotOpen: 3, invalid: 4 } as const;

export const USAGE = `Usage: rollout <command> [options]

Commands:
  new FILE.rollout [--template ten-step|blank] [--name NAME] [--start YYYY-MM-DD] [--go-live YYYY-MM-DD]
         [--currency EUR] [--organisation ORG]
      Create a new project file (name from the file name, start next Monday, go-live six months later).
  info FILE.rollout
      Print a JSON summary: name, schema version, rows per entity.
  check FILE.rollout
      Run the integrity and consistency checks; readiness warnings are listed.
  export FILE.rollout --format json|xlsx|csv|mspdi|ics|html|pdf --out PATH
         [--report executive|vendors|budget|status] [--sections ID,ID...]
      Write the project in another format. csv writes a folder of files (or a .zip when PATH ends in .zip).
      --report and --sections apply to html and pdf; a wrong section id is refused with the report's ids.
  import IN.json|IN.xml|IN.mspdi --out FILE.rollout
      Create a project file from a JSON project document or an MS Project XML file.
  help, --help, -h
      Print this text.

Exit codes: 0 done, 1 unexpected failure, 2 usage error, 3 the file cannot be opened, 4 invalid content.
The input file is never changed. See docs/cli.md.`;
