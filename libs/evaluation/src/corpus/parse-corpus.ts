import { CorpusError } from './corpus-error';
import type { CorpusReport, GroupKind, LinkingGroup, SuggestionItem } from './corpus-types';

type Json = Record<string, unknown>;

const KINDS: readonly GroupKind[] = ['same-incident', 'different-incident'];

/** What a corpus file holds, told from its first line: linking groups (`reports`) or single reports. */
export type Corpus =
  | { readonly kind: 'linking'; readonly groups: readonly LinkingGroup[] }
  | { readonly kind: 'suggestion'; readonly items: readonly SuggestionItem[] };

/** Parses a corpus file of either kind; an empty file or one mixing both kinds is an error. */
export function parseCorpus(text: string, source: string): Corpus {
  const lines = jsonLines(text, source);
  if (lines.length === 0) throw new CorpusError(source, 0, 'the corpus has no lines');
  const first = lines[0];
  return 'reports' in first.value
    ? { kind: 'linking', groups: parseLinkingLines(lines, source) }
    : { kind: 'suggestion', items: parseSuggestionLines(lines, source) };
}

/** Parses linking groups, one JSON object a line (blank lines are skipped). */
export function parseLinkingCorpus(text: string, source: string): LinkingGroup[] {
  return parseLinkingLines(jsonLines(text, source), source);
}

/** Parses single reports with their category, one JSON object a line (blank lines are skipped). */
export function parseSuggestionCorpus(text: string, source: string): SuggestionItem[] {
  return parseSuggestionLines(jsonLines(text, source), source);
}

interface Line {
  readonly number: number;
  readonly value: Json;
}

function jsonLines(text: string, source: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new CorpusError(source, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CorpusError(source, i + 1, 'a line must be one JSON object');
    }
    lines.push({ number: i + 1, value: value as Json });
  });
  return lines;
}

function parseLinkingLines(lines: readonly Line[], source: string): LinkingGroup[] {
  const ids = new Set<string>();
  return lines.map(({ number, value }) => {
    const fail = (problem: string): never => {
      throw new CorpusError(source, number, problem);
    };
    const id = value['id'] === undefined ? `line-${number}` : value['id'];
    if (typeof id !== 'string' || id.trim() === '') fail('"id", when given, must be a non-empty string');
    if (ids.has(id as string)) fail(`group id "${String(id)}" appears twice`);
    ids.add(id as string);
    const kind = value['kind'];
    if (!KINDS.includes(kind as GroupKind)) fail(`"kind" must be "same-incident" or "different-incident", not ${JSON.stringify(kind)}`);
    const reports = value['reports'];
    if (!Array.isArray(reports)) fail('"reports" must be an array of reports');
    if ((reports as unknown[]).length < 2) fail('a group needs at least two reports');
    return {
      id: id as string,
      kind: kind as GroupKind,
      reports: (reports as unknown[]).map((r, i) => parseReport(r, `report ${i + 1}`, fail)),
    };
  });
}

function parseReport(raw: unknown, where: string, fail: (problem: string) => never): CorpusReport {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`${where} must be an object`);
  const r = raw as Json;
  const description = text(r['description'], `${where}: "description"`, fail);
  const main = text(r['main'], `${where}: "main"`, fail);
  const sub = r['sub'] === undefined || r['sub'] === null ? undefined : text(r['sub'], `${where}: "sub"`, fail);
  const lat = finite(r['lat'], `${where}: "lat"`, fail);
  const lon = finite(r['lon'], `${where}: "lon"`, fail);
  if (lat < -90 || lat > 90) fail(`${where}: "lat" must be between -90 and 90, not ${lat}`);
  if (lon < -180 || lon > 180) fail(`${where}: "lon" must be between -180 and 180, not ${lon}`);
  const minutes = finite(r['minutes'], `${where}: "minutes"`, fail);
  if (minutes < 0) fail(`${where}: "minutes" (after the first report) cannot be negative`);
  return { description, main, ...(sub ? { sub } : {}), lat, lon, minutes };
}

function parseSuggestionLines(lines: readonly Line[], source: string): SuggestionItem[] {
  return lines.map(({ number, value }) => {
    const fail = (problem: string): never => {
      throw new CorpusError(source, number, problem);
    };
    if ('reports' in value) fail('a linking group in a corpus of single reports');
    const id = value['id'] === undefined ? `line-${number}` : text(value['id'], '"id"', fail);
    return {
      id,
      description: text(value['description'], '"description"', fail),
      main: text(value['main'], '"main"', fail),
      sub: text(value['sub'], '"sub"', fail),
    };
  });
}

function text(value: unknown, what: string, fail: (problem: string) => never): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(`${what} must be a non-empty string`);
  return value;
}

function finite(value: unknown, what: string, fail: (problem: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${what} must be a number`);
  return value;
}
