import { linkingFigures } from './linking-figures';
import type { JudgedReport } from './replay-groups';

const judged = (over: Partial<JudgedReport>): JudgedReport => ({
  groupId: 'g',
  kind: 'same-incident',
  position: 1,
  decision: 'new-case',
  linkedRight: false,
  linkedWrong: false,
  greyRight: false,
  explanation: '',
  ...over,
});

describe('linkingFigures', () => {
  const reports = [
    judged({ groupId: 'a', decision: 'link', linkedRight: true }),
    judged({ groupId: 'a', position: 2, decision: 'link', linkedRight: true }),
    judged({ groupId: 'b', decision: 'possibly-related', greyRight: true }),
    judged({ groupId: 'c', decision: 'new-case' }),
    judged({ groupId: 'd', kind: 'different-incident', decision: 'link', linkedWrong: true }),
    judged({ groupId: 'e', kind: 'different-incident', decision: 'possibly-related' }),
    judged({ groupId: 'f', kind: 'different-incident', decision: 'new-case' }),
    judged({ groupId: 'f', kind: 'different-incident', position: 2, decision: 'new-case' }),
  ];
  const f = linkingFigures(reports);

  it('counts recall over the later reports of same-incident groups', () => {
    expect([f.recall.successes, f.recall.trials]).toEqual([2, 4]);
    expect([f.sameGrey.successes, f.sameMissed.successes]).toEqual([1, 1]);
  });

  it('counts false links over the later reports of different-incident groups', () => {
    expect([f.falseLinkRate.successes, f.falseLinkRate.trials]).toEqual([1, 4]);
    expect(f.differentGrey.successes).toBe(1);
  });

  it('counts the grey zone over every judged report, and the precision over every link', () => {
    expect([f.greyRate.successes, f.greyRate.trials]).toEqual([2, 8]);
    expect([f.linkPrecision.successes, f.linkPrecision.trials]).toEqual([2, 3]);
    expect(f.groups).toBe(6);
  });

  it('counts a grey pointer to the wrong case as silently apart', () => {
    const g = linkingFigures([judged({ decision: 'possibly-related', greyRight: false })]);
    expect(g.sameMissed.successes).toBe(1);
  });
});
