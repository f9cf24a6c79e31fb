/**
 * The project's folders, found from this file's location by the nearest package.json above it:
 * the same whether the code runs from its TypeScript sources (tsx, the tests) or bundled into
 * dist/server.mjs (npm start).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json in ${from} or above it.`);
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
