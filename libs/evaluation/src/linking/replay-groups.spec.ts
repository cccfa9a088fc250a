import type { LinkingGroup } from '../corpus/corpus-types';
import { replayGroups } from './replay-groups';

const at = (east: number, minutes: number, description: string, sub = 'grofvuil', main = 'afval') => ({
  description,
  main,
  sub,
  lat: 52.09,
  lon: 5.12 + east / 68_500,
  minutes,
});

describe('replayGroups', () => {
  it('judges every report after the first, in time order, each group in an empty index', () => {
    const groups: LinkingGroup[] = [
      {
        id: 'sofa',
        kind: 'same-incident',
        reports: [
          at(10, 30, 'bank en matras naast de container op de hoek'),
          at(0, 0, 'bank en matras naast de container op de hoek'),
        ],
      },
      {
        id: 'far',
        kind: 'different-incident',
        reports: [at(0, 0, 'bank naast de container'), at(5_000, 10, 'lantaarnpaal kapot', 'straatverlichting', 'openbare-ruimte')],
      },
    ];
    const judged = replayGroups(groups);
    expect(judged.map((j) => [j.groupId, j.position, j.decision])).toEqual([
      ['sofa', 1, 'link'],
      ['far', 1, 'new-case'],
    ]);
    expect(judged[0]).toMatchObject({ linkedRight: true, linkedWrong: false });
    expect(judged[0].explanation).toMatch(/^Linked to case sofa\/case-1/);
    expect(judged[1]).toMatchObject({ linkedRight: false, linkedWrong: false });
  });

  it('marks a link between different incidents as wrong', () => {
    const judged = replayGroups([
      {
        id: 'twice',
        kind: 'different-incident',
        reports: [at(0, 0, 'bank en matras naast de container op de hoek'), at(0, 5, 'bank en matras naast de container op de hoek')],
      },
    ]);
    expect(judged).toHaveLength(1);
    expect(judged[0]).toMatchObject({ decision: 'link', linkedWrong: true, linkedRight: false });
  });

  it('uses the route it is given to build the linker input and the new case category', () => {
    const seen: string[] = [];
    replayGroups([{ id: 'r', kind: 'same-incident', reports: [at(0, 0, 'a b c'), at(0, 1, 'a b c')] }], {
      route: (report, meta) => {
        seen.push(meta.reportId);
        const category = { main: 'overig', sub: 'overig' };
        return {
          incoming: { reportId: meta.reportId, category, location: report, submittedAt: meta.submittedAt, description: report.description },
          caseCategory: category,
        };
      },
    });
    expect(seen).toEqual(['r#1', 'r#2']);
  });
});
