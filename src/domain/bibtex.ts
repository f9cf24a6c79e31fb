/**
 * BibTeX entries written safely: field values escaped for LaTeX (and for BibTeX's own brace
 * counting, which does not skip `\{`), keys reduced to ASCII, Cyrillic kept as UTF-8.
 */

/** LaTeX's special characters and what stands for each; every replacement has balanced braces. */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a field value: specials escaped in one pass, line breaks and runs of space made one space. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}%&$#_~^]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * A URL for the verbatim `url` field: kept as it is (a URL's `%`, `#` and `_` are not escaped
 * there), except that braces, backslashes and spaces, which would unbalance or end the field,
 * are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A citation key: ASCII letters, digits and `:-._` only, never empty. */
export function bibtexKey(...parts: string[]): string {
  const key = parts
    .map((p) => p.normalize('NFKD').replace(/[^A-Za-z0-9.:_-]+/g, '').replace(/^[-.:_]+|[-.:_]+$/g, ''))
    .filter(Boolean)
    .join(':');
  return key || 'entry';
}

/**
 * A field: an escaped value in braces; `protected` in two pairs (a title whose capitals styles must
 * keep, a corporate author that must not be split into names); a verbatim `url`; a month `macro`.
 */
export type BibtexField = [name: string, value: string | null | undefined, kind?: 'text' | 'protected' | 'url' | 'macro'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month macro (`dec`) of an ISO date with a month, else undefined. */
export function bibtexMonth(iso: string): string | undefined {
  return iso.length >= 7 ? MONTHS[Number(iso.slice(5, 7)) - 1] : undefined;
}

/**
 * One entry, fields aligned, empty fields left out.
 */
export function bibtexEntry(type: string, key: string, fields: BibtexField[]): string {
  const present = fields.filter((f): f is [string, string, BibtexField[2]] => typeof f[1] === 'string' && f[1] !== '');
  const width = Math.max(0, ...present.map(([name]) => name.length));
  const value = ([, v, kind]: [string, string, BibtexField[2]]) => {
    switch (kind) {
      case 'macro':
        return v;
      case 'url':
        return `{${bibtexUrl(v)}}`;
      case 'protected':
        return `{{${escapeBibtex(v)}}}`;
      default:
        return `{${escapeBibtex(v)}}`;
    }
  };
  const lines = present.map((f) => `  ${f[0].padEnd(width)} = ${value(f)}`);
  return `@${type}{${bibtexKey(key)},\n${lines.join(',\n')}\n}`;
}
