import type { InsightRow, InsightsTable } from './aggregate';
import { FIGURE_NAMES } from './figures';

/**
 * The table as CSV (RFC 4180): a header line, then one line per cell and a last line for the total (`scope`
 * says which), lines ending in CRLF. A field is quoted when it holds a comma, a double quote, CR or LF, with
 * double quotes doubled. Null is an empty field. A text field starting with `=`, `+`, `-`, `@`, tab or CR gets
 * a leading apostrophe, so a spreadsheet does not run it as a formula (numbers are never touched).
 */
export function renderInsightsCsv(table: InsightsTable): string {
  const header = ['scope', ...table.groupBy, 'suppressed', ...FIGURE_NAMES, 'suppressedFigures'];
  const line = (scope: 'cell' | 'total', row: InsightRow) => [
    scope,
    ...table.groupBy.map((d) => (scope === 'total' ? null : (row[d] ?? null))),
    row.suppressed,
    ...FIGURE_NAMES.map((name) => row[name]),
    row.suppressedFigures.join(' '),
  ];
  const lines = [header, ...table.cells.map((row) => line('cell', row)), line('total', table.total)];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads RFC 4180 CSV back into fields (for tests and tools that check an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
