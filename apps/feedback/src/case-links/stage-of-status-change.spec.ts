import { stageOfStatusChange } from './stage-of-status-change';

describe('stageOfStatusChange', () => {
  it.each([
    ['new', 'assigned', [], 'picked-up'],
    ['new', 'in_progress', [], 'picked-up'],
    ['assigned', 'in_progress', ['picked-up'], null],
    ['in_progress', 'waiting', ['picked-up'], 'waiting'],
    ['waiting', 'in_progress', ['picked-up', 'waiting'], null],
    ['in_progress', 'referred', ['picked-up'], 'referred'],
    ['referred', 'new', ['picked-up', 'referred'], null],
    ['new', 'assigned', ['picked-up', 'referred'], 'picked-up'],
    ['in_progress', 'resolved', ['picked-up'], 'resolved'],
    ['resolved', 'closed', ['picked-up', 'resolved'], 'closed'],
    ['new', 'closed', [], 'closed'],
    ['closed', 'new', ['picked-up', 'resolved', 'closed'], 'reopened'],
    ['resolved', 'in_progress', ['picked-up', 'resolved'], 'reopened'],
    ['new', 'in_progress', ['picked-up', 'resolved', 'closed', 'reopened'], 'picked-up'],
  ] as const)('%s → %s after %j is %s', (from, to, earlier, stage) => {
    expect(stageOfStatusChange(from, to, earlier)).toBe(stage);
  });
});
