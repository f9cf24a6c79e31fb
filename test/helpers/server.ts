/** Running the real server from tests and scripts: as `npm start` builds it, on a free loopback port. */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from '../../src/paths';

/** Builds dist/server.mjs (`npm run build`) and returns the arguments that start it with `process.execPath`. */
export function buildServer(): string[] {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr}${built.stdout}`);
  return [path.join(ROOT, 'dist', 'server.mjs')];
}

/** A free port on 127.0.0.1: bind to port 0, read the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
