/**
 * Spreadsheet formula injection: a text cell that begins with = + - @, a tab or a carriage return
 * can run as a formula in Excel or LibreOffice. Such cells get a leading apostrophe, which
 * spreadsheets show as text. Numeric columns are never passed through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
