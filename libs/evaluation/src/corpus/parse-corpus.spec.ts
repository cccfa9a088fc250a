import { CorpusError } from './corpus-error';
import { parseCorpus, parseLinkingCorpus, parseSuggestionCorpus } from './parse-corpus';

const report = (over: Record<string, unknown> = {}) => ({
  description: 'bank naast de container',
  main: 'afval',
  sub: 'grofvuil',
  lat: 52.09,
  lon: 5.12,
  minutes: 0,
  ...over,
});
const group = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'g1', kind: 'same-incident', reports: [report(), report({ minutes: 30 })], ...over });

function errorOf(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('parseLinkingCorpus', () => {
  it('reads one group a line and skips blank lines', () => {
    const groups = parseLinkingCorpus(`${group()}\n\n${group({ id: 'g2', kind: 'different-incident' })}\n`, 'c.jsonl');
    expect(groups.map((g) => [g.id, g.kind, g.reports.length])).toEqual([
      ['g1', 'same-incident', 2],
      ['g2', 'different-incident', 2],
    ]);
    expect(groups[0].reports[1]).toEqual(report({ minutes: 30 }));
  });

  it('names a group without an id after its line', () => {
    const line = JSON.stringify({ kind: 'same-incident', reports: [report(), report()] });
    expect(parseLinkingCorpus(`\n${line}`, 'c.jsonl')[0].id).toBe('line-2');
  });

  it('accepts a report without a subcategory', () => {
    const line = group({ reports: [report({ sub: undefined }), report()] });
    expect(parseLinkingCorpus(line, 'c.jsonl')[0].reports[0].sub).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"kind": "same-incident",', 'not valid JSON'],
    ['an array', '[1, 2]', 'one JSON object'],
    ['an unknown kind', group({ kind: 'same' }), '"kind" must be "same-incident" or "different-incident", not "same"'],
    ['one report', group({ reports: [report()] }), 'at least two reports'],
    ['no reports', group({ reports: 'none' }), '"reports" must be an array'],
    ['a missing lat', group({ reports: [report(), report({ lat: undefined })] }), 'report 2: "lat" must be a number'],
    ['a lat out of range', group({ reports: [report({ lat: 95 }), report()] }), 'report 1: "lat" must be between -90 and 90'],
    ['a text lat', group({ reports: [report({ lon: '5.1' }), report()] }), 'report 1: "lon" must be a number'],
    ['an empty description', group({ reports: [report({ description: ' ' }), report()] }), '"description" must be a non-empty string'],
    ['negative minutes', group({ reports: [report(), report({ minutes: -5 })] }), '"minutes" (after the first report) cannot be negative'],
    ['no main category', group({ reports: [report({ main: undefined }), report()] }), 'report 1: "main" must be a non-empty string'],
  ])('rejects %s with its file, line and problem', (_what, line, problem) => {
    const error = errorOf(() => parseLinkingCorpus(`${group({ id: 'ok' })}\n${line}`, 'mine.jsonl'));
    expect(error.line).toBe(2);
    expect(error.source).toBe('mine.jsonl');
    expect(error.message).toContain(`mine.jsonl:2: `);
    expect(error.message).toContain(problem);
  });

  it('rejects a group id that appears twice', () => {
    expect(errorOf(() => parseLinkingCorpus(`${group()}\n${group()}`, 'c')).message).toBe('c:2: group id "g1" appears twice');
  });
});

describe('parseSuggestionCorpus', () => {
  it('reads one labelled report a line', () => {
    const line = JSON.stringify({ id: 's1', description: 'lantaarnpaal kapot', main: 'openbare-ruimte', sub: 'straatverlichting' });
    expect(parseSuggestionCorpus(line, 'c')).toEqual([
      { id: 's1', description: 'lantaarnpaal kapot', main: 'openbare-ruimte', sub: 'straatverlichting' },
    ]);
  });

  it('rejects a line without its subcategory', () => {
    const line = JSON.stringify({ description: 'lantaarnpaal kapot', main: 'openbare-ruimte' });
    expect(errorOf(() => parseSuggestionCorpus(line, 'c')).message).toBe('c:1: "sub" must be a non-empty string');
  });
});

describe('parseCorpus', () => {
  it('tells the kind from the first line', () => {
    expect(parseCorpus(group(), 'c').kind).toBe('linking');
    expect(parseCorpus(JSON.stringify({ description: 'x', main: 'overig', sub: 'overig' }), 'c').kind).toBe('suggestion');
  });

  it('rejects an empty file and a file that mixes both kinds', () => {
    expect(errorOf(() => parseCorpus('\n\n', 'c')).message).toBe('c:0: the corpus has no lines');
    const mixed = `${JSON.stringify({ description: 'x', main: 'overig', sub: 'overig' })}\n${group()}`;
    expect(errorOf(() => parseCorpus(mixed, 'c')).message).toBe('c:2: a linking group in a corpus of single reports');
  });
});
