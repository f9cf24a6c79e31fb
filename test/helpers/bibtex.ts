/**
 * A strict reader of the BibTeX the dashboard writes, for tests: entries `@type{key, name = {value}, …}`
 * with values in braces (or a bare month macro). Throws on anything malformed.
 */
export interface ParsedEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** Braces counted as BibTeX counts them: every `{` and `}`, escaped or not. */
export function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth += 1;
    if (c === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

export function parseBibtex(text: string): ParsedEntry[] {
  const entries: ParsedEntry[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
  };
  const expect = (c: string) => {
    if (text[i] !== c) throw new Error(`expected "${c}" at ${i}: …${text.slice(i, i + 30)}`);
    i += 1;
  };
  const braced = () => {
    expect('{');
    const start = i;
    let depth = 1;
    while (i < text.length && depth > 0) {
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
      i += 1;
    }
    if (depth !== 0) throw new Error('unbalanced braces');
    return text.slice(start, i - 1);
  };
  skipSpace();
  while (i < text.length) {
    expect('@');
    const type = /^[a-z]+/.exec(text.slice(i))?.[0];
    if (!type) throw new Error(`no entry type at ${i}`);
    i += type.length;
    expect('{');
    const key = /^[^,\s{}]+/.exec(text.slice(i))?.[0];
    if (!key) throw new Error(`no key at ${i}`);
    i += key.length;
    const fields: Record<string, string> = {};
    skipSpace();
    while (text[i] === ',') {
      i += 1;
      skipSpace();
      if (text[i] === '}') break;
      const name = /^[a-z]+/.exec(text.slice(i))?.[0];
      if (!name) throw new Error(`no field name at ${i}: …${text.slice(i, i + 30)}`);
      if (name in fields) throw new Error(`field ${name} twice`);
      i += name.length;
      skipSpace();
      expect('=');
      skipSpace();
      if (text[i] === '{') fields[name] = braced();
      else {
        const macro = /^[a-z]+/.exec(text.slice(i))?.[0];
        if (!macro) throw new Error(`no value for ${name}`);
        fields[name] = macro;
        i += macro.length;
      }
      skipSpace();
    }
    expect('}');
    entries.push({ type, key, fields });
    skipSpace();
  }
  return entries;
}

/** LaTeX specials left unescaped in a field value (a URL field is verbatim and not checked). */
export function unescapedSpecials(value: string): string[] {
  const bare = value.replace(/\\(textbackslash|textbraceleft|textbraceright|textasciitilde|textasciicircum)\{\}/g, '').replace(/\\[%&$#_]/g, '');
  return [...bare.matchAll(/[\\%&$#_~^]/g)].map((m) => m[0]);
}
