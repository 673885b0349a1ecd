import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../api/backend';
import { createWebHost } from './web-host';
import { startWebServer } from './server';
import { makeFolders } from '../project-file/folders';

const USAGE = 'Usage: npm run web -- [--port N] [--projects DIR] [--data DIR]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      projects: { type: 'string', default: path.join(os.homedir(), 'Rollout Planner') },
      data: { type: 'string', default: path.join(os.homedir(), '.rollout-planner') },
      renderer: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}

const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a number from 0 to 65535.\n${USAGE}`);
const rendererDir = args.renderer ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail(`The built user interface is missing in ${rendererDir}: run \`node scripts/build.mjs\` first.`);
try {
  makeFolders(args.projects);
} catch (error) {
  fail(`The projects folder ${args.projects} cannot be made (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
}

const host = createWebHost(args.projects, args.data, os.userInfo().username);
const backend = createBackend(host);
try {
  const server = await startWebServer({ backend, rendererDir, port });
  console.log(`Rollout Planner is running at ${server.url}`);
  console.log(`Projects folder: ${host.projectsDir}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `Port ${port} is already in use: choose another with --port.` : `The web mode could not start: ${String(error)}`);
}
