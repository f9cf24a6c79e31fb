/** The server as `npm start` runs it: bundled into dist/server.mjs by `npm run build`, then run by node. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../src/paths';

/** Builds the bundle and returns the arguments that start it with `process.execPath`. */
export function buildServer(): string[] {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr}${built.stdout}`);
  return [path.join(ROOT, 'dist', 'server.mjs')];
}
