/** The layers of docs/architecture.md, kept: views never reach into routes, page models never into HTTP, and no import cycle. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

const files = ['src', 'views', 'db', 'seeds'].flatMap(sourceFiles);

/** Each file's imports of other project files (type-only imports count: they tie modules as much). */
const imports = new Map(
  files.map((file) => {
    const specs = [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map((m) => m[1] ?? '');
    const resolved = specs
      .map((spec) => normalize(join(dirname(file), spec)))
      .map((base) => ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(join(root, p)) && /\.tsx?$/.test(p)))
      .filter((p): p is string => p !== undefined);
    return [file, resolved];
  }),
);

describe('layers', () => {
  it('reads every project file', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(imports.get('src/app.tsx')).toContain('src/middleware/page-cache.ts');
  });

  it.each([
    ['views', ['src/routes/', 'src/middleware/', 'src/app.tsx']],
    ['src/pages', ['src/routes/', 'src/middleware/', 'src/http.ts', 'views/']],
    ['src/domain', ['src/routes/', 'src/middleware/', 'src/http.ts', 'src/pages/', 'views/']],
    ['src/queries', ['src/routes/', 'src/middleware/', 'src/http.ts', 'src/pages/', 'views/']],
  ])('%s imports nothing from %j', (layer, forbidden) => {
    const crossings = [...imports].flatMap(([file, deps]) => (file.startsWith(`${layer}/`) ? deps.filter((d) => forbidden.some((f) => d.startsWith(f))).map((d) => `${file} → ${d}`) : []));
    expect(crossings).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const dep of imports.get(file) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep].map((f) => relative('.', f)).join(' → '));
        else if (!state.has(dep)) visit(dep);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
