import { spawn } from 'node:child_process';
import path from 'node:path';

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built web mode (the benchmark's own build in dist/bench, so it never races a build of dist/ made
 * by someone else) on a random port, serving the given projects folder.
 */
export function startWebServer(webScript: string, rendererDir: string, projectsDir: string): Promise<WebServer> {
  const child = spawn(process.execPath, [webScript, '--port', '0', '--projects', projectsDir, '--data', path.join(projectsDir, '..', 'web-data'), '--renderer', rendererDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web mode did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The web mode exited with ${code}:\n${output}`)));
  });
}
