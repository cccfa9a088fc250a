import { describe, expect, it } from 'vitest';
import { NearbyCase, SimilarCase } from '../../api/routing';
import { caseListsOf, MAX_NEARBY_SHOWN } from './case-lists';

const nearby = (caseId: string, distanceMetres = 50): NearbyCase => ({
  caseId,
  category: 'afval',
  subcategory: 'grofvuil',
  status: 'open',
  openedAt: '2026-05-01T08:00:00.000Z',
  description: `melding ${caseId}`,
  lat: 52.37,
  lon: 4.89,
  reportCount: 1,
  distanceMetres,
});
const judged = (caseId: string, likelihood: SimilarCase['likelihood'] = 'probably-same'): SimilarCase => ({
  ...nearby(caseId),
  likelihood,
  sharedWords: ['bank'],
});
const ids = (list: readonly { caseId: string }[]) => list.map((c) => c.caseId);

describe('caseListsOf: "is it one of these?" with routing\'s judgement', () => {
  it("lists the judged cases first, in routing's order, and leaves them out of the nearby list below", () => {
    const lists = caseListsOf(
      [judged('c', 'probably-same'), judged('a', 'possibly-same')],
      [nearby('a'), nearby('b'), nearby('c'), nearby('d')],
    );
    expect(ids(lists.judged)).toEqual(['c', 'a']);
    expect(ids(lists.nearby)).toEqual(['b', 'd']);
    expect(lists.judged[0]).toMatchObject({ likelihood: 'probably-same', sharedWords: ['bank'] });
  });

  it('keeps the nearby list as it was when nothing was judged', () => {
    const lists = caseListsOf([], [nearby('a'), nearby('b')]);
    expect(lists.judged).toEqual([]);
    expect(ids(lists.nearby)).toEqual(['a', 'b']);
  });

  it('shows a judged case that is not in the nearby list too (routing looks as far as the linker does)', () => {
    expect(ids(caseListsOf([judged('far')], [nearby('a')]).judged)).toEqual(['far']);
  });

  it(`shows each case once, and at most ${MAX_NEARBY_SHOWN} plain nearby ones after the judged`, () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => nearby(id));
    const lists = caseListsOf([judged('b'), judged('b')], [...many, nearby('a')]);
    expect(ids(lists.judged)).toEqual(['b']);
    expect(ids(lists.nearby)).toEqual(['a', 'c', 'd', 'e', 'f']);
    const all = [...ids(lists.judged), ...ids(lists.nearby)];
    expect(new Set(all).size).toBe(all.length);
  });
});
