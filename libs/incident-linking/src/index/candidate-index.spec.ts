import { IncidentLinkingError } from '../model/incident-linking-error';
import { createLinkingRules } from '../rules/create-linking-rules';
import { DEFAULT_LINKING_RULES } from '../rules/default-linking-rules';
import { incomingReport, KERKSTRAAT, minutesAfter, offset, openCase, T0 } from '../testing/fixtures';
import { CandidateIndex } from './candidate-index';

const rules = DEFAULT_LINKING_RULES;
const ids = (index: CandidateIndex, report = incomingReport(), r = rules) =>
  index.candidates(report, r).map((c) => c.summary.caseId);

describe('CandidateIndex', () => {
  it('finds a case within its radius and window, with distance and time gap', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1', lastReportAt: minutesAfter(T0, 10) })]);
    const [candidate] = index.candidates(
      incomingReport({ location: offset(KERKSTRAAT, 40, 0), submittedAt: minutesAfter(T0, 70) }),
      rules,
    );
    expect(candidate.summary.caseId).toBe('c-1');
    expect(candidate.distanceMetres).toBeCloseTo(40, 6);
    expect(candidate.gapMs).toBe(60 * 60_000);
    expect(candidate.textProfile.tokens).toContain('grofvuil');
  });

  it('uses the case category reach: a radius edge and a window edge are inclusive', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1' })]);
    expect(ids(index, incomingReport({ location: offset(KERKSTRAAT, 74.9, 0) }))).toEqual(['c-1']);
    expect(ids(index, incomingReport({ location: offset(KERKSTRAAT, 75.1, 0) }))).toEqual([]);
    expect(ids(index, incomingReport({ submittedAt: minutesAfter(T0, 72 * 60) }))).toEqual(['c-1']);
    expect(ids(index, incomingReport({ submittedAt: minutesAfter(T0, 72 * 60 + 1) }))).toEqual([]);
    expect(ids(index, incomingReport({ submittedAt: minutesAfter(T0, -72 * 60 - 1) }))).toEqual([]);
  });

  it('gives each category its own reach, whatever the report category', () => {
    const noise = openCase({ caseId: 'noise', category: { main: 'overlast', sub: 'geluid' } });
    const lab = openCase({ caseId: 'lab', category: { main: 'ondermijning', sub: 'drugslab' } });
    const index = CandidateIndex.of([noise, lab]);
    const report = incomingReport({
      location: offset(KERKSTRAAT, 90, 0),
      submittedAt: minutesAfter(T0, 20 * 60),
    });
    expect(ids(index, report)).toEqual(['lab']);
    expect(ids(index, { ...report, category: null })).toEqual(['lab']);
  });

  it('finds cases with an unknown main category by the fallback reach', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1', category: { main: 'parkeren' } })]);
    expect(ids(index, incomingReport({ location: offset(KERKSTRAAT, 49, 0) }))).toEqual(['c-1']);
    expect(ids(index, incomingReport({ location: offset(KERKSTRAAT, 51, 0) }))).toEqual([]);
  });

  it('returns the nearest first', () => {
    const index = CandidateIndex.of([
      openCase({ caseId: 'far', location: offset(KERKSTRAAT, 60, 0) }),
      openCase({ caseId: 'near', location: offset(KERKSTRAAT, 5, 0) }),
      openCase({ caseId: 'mid', location: offset(KERKSTRAAT, 0, 30) }),
    ]);
    expect(ids(index)).toEqual(['near', 'mid', 'far']);
  });

  it('keeps a case reachable while reports keep coming (update moves its last report)', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1' })]);
    const fourDaysLater = incomingReport({ submittedAt: minutesAfter(T0, 4 * 24 * 60) });
    expect(ids(index, fourDaysLater)).toEqual([]);
    index.update(
      openCase({ caseId: 'c-1', lastReportAt: minutesAfter(T0, 2 * 24 * 60), text: 'grofvuil\nnog steeds' }),
    );
    expect(ids(index, fourDaysLater)).toEqual(['c-1']);
    expect(index.get('c-1')?.text).toBe('grofvuil\nnog steeds');
    expect(index.size).toBe(1);
  });

  it('re-files a case that moves or changes category', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1' })]);
    index.update(openCase({ caseId: 'c-1', location: offset(KERKSTRAAT, 1000, 0) }));
    expect(ids(index)).toEqual([]);
    expect(ids(index, incomingReport({ location: offset(KERKSTRAAT, 1000, 0) }))).toEqual(['c-1']);
    index.update(
      openCase({ caseId: 'c-1', category: { main: 'veiligheid' }, location: offset(KERKSTRAAT, 150, 0) }),
    );
    expect(ids(index)).toEqual(['c-1']);
  });

  it('forgets a removed case', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1' }), openCase({ caseId: 'c-2' })]);
    expect(index.remove('c-1')).toBe(true);
    expect(index.remove('c-1')).toBe(false);
    expect(index.has('c-1')).toBe(false);
    expect(ids(index)).toEqual(['c-2']);
    expect([...index.summaries()].map((s) => s.caseId)).toEqual(['c-2']);
  });

  it('upserts', () => {
    const index = new CandidateIndex();
    index.upsert(openCase({ caseId: 'c-1' }));
    index.upsert(openCase({ caseId: 'c-1', text: 'anders' }));
    expect(index.size).toBe(1);
    expect(index.get('c-1')?.text).toBe('anders');
  });

  it('works with radii larger than its cells', () => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1', location: offset(KERKSTRAAT, 0, 900) })], {
      cellMetres: 50,
    });
    const wide = createLinkingRules({ reach: { afval: { radiusMetres: 1000, windowHours: 72 } } });
    expect(ids(index, incomingReport(), wide)).toEqual(['c-1']);
  });

  it.each([
    ['a duplicate case', (index: CandidateIndex) => index.add(openCase({ caseId: 'c-1' })), 'duplicate-case'],
    ['an unknown case', (index: CandidateIndex) => index.update(openCase({ caseId: 'c-9' })), 'unknown-case'],
    [
      'a case without a place',
      (index: CandidateIndex) => index.add(openCase({ caseId: 'c-2', location: { lat: 91, lon: 0 } })),
      'invalid-location',
    ],
    [
      'an invalid date',
      (index: CandidateIndex) => index.add(openCase({ caseId: 'c-2', openedAt: new Date('nope') })),
      'invalid-date',
    ],
    [
      'a last report before opening',
      (index: CandidateIndex) => index.add(openCase({ caseId: 'c-2', lastReportAt: minutesAfter(T0, -1) })),
      'invalid-date',
    ],
    [
      'a report without a date',
      (index: CandidateIndex) =>
        index.candidates(incomingReport({ submittedAt: new Date(Number.NaN) }), rules),
      'invalid-date',
    ],
  ])('refuses %s', (_what, act, code) => {
    const index = CandidateIndex.of([openCase({ caseId: 'c-1' })]);
    expect(() => act(index)).toThrow(expect.objectContaining({ code }) as IncidentLinkingError);
    expect(index.size).toBe(1);
  });
});
