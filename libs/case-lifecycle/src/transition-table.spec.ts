import { CASE_STATUSES, type CaseStatus } from './case-status';
import type { TransitionName } from './case-command';
import { allowedTransitions, CASE_TRANSITIONS, targetOf } from './transition-table';

const edges = (): string[] =>
  (Object.entries(CASE_TRANSITIONS) as [TransitionName, Partial<Record<CaseStatus, CaseStatus>>][]).flatMap(
    ([name, moves]) => Object.entries(moves).map(([from, to]) => `${from} -${name}-> ${to}`),
  );

describe('CASE_TRANSITIONS', () => {
  it('is exactly the designed graph', () => {
    expect(edges().sort()).toEqual(
      [
        'new -assign-> assigned',
        'assigned -assign-> assigned',
        'waiting -assign-> assigned',
        'assigned -start-> in_progress',
        'new -wait-> waiting',
        'assigned -wait-> waiting',
        'in_progress -wait-> waiting',
        'waiting -resume-> in_progress',
        'new -refer-> referred',
        'assigned -refer-> referred',
        'in_progress -refer-> referred',
        'waiting -refer-> referred',
        'referred -accept-referral-> new',
        'in_progress -resolve-> resolved',
        'resolved -close-> closed',
        'resolved -reopen-> in_progress',
        'closed -reopen-> new',
      ].sort(),
    );
  });

  it('leaves closed only through reopen', () => {
    expect(allowedTransitions('closed')).toEqual(['reopen']);
  });

  it('lets every state be left somehow, so no case gets stuck', () => {
    expect(CASE_STATUSES.filter((status) => allowedTransitions(status).length === 0)).toEqual([]);
  });
});

describe('allowedTransitions', () => {
  it.each([
    ['new', ['assign', 'wait', 'refer']],
    ['assigned', ['assign', 'start', 'wait', 'refer']],
    ['in_progress', ['wait', 'refer', 'resolve']],
    ['waiting', ['assign', 'resume', 'refer']],
    ['referred', ['accept-referral']],
    ['resolved', ['close', 'reopen']],
  ] as [CaseStatus, TransitionName[]][])('lists what is legal from %s', (status, expected) => {
    expect(allowedTransitions(status)).toEqual(expected);
  });
});

describe('targetOf', () => {
  it('gives the target state of a legal move and null for an illegal one', () => {
    expect(targetOf('reopen', 'closed')).toBe('new');
    expect(targetOf('reopen', 'in_progress')).toBeNull();
  });
});
