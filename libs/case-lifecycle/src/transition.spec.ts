import type { CaseCommand } from './case-command';
import type { CaseState } from './case-state';
import { transition } from './transition';
import { CASE_TRANSITIONS } from './transition-table';

const NOW = new Date('2025-03-01T10:00:00Z');
const CLOSED_AT = new Date('2025-02-20T10:00:00Z');

const state = (overrides: Partial<CaseState> & Pick<CaseState, 'status'>): CaseState => ({
  version: 4,
  organisation: 'municipality',
  ...overrides,
});

/** Every legal move: the state before, the command, and what the next state must look like. */
const LEGAL: [string, CaseState, CaseCommand, Partial<CaseState>][] = [
  [
    'assign a new case',
    state({ status: 'new' }),
    { name: 'assign', assignee: 'anna' },
    { status: 'assigned', assignee: 'anna' },
  ],
  [
    'hand an assigned case to someone else',
    state({ status: 'assigned', assignee: 'anna' }),
    { name: 'assign', assignee: 'bram' },
    { status: 'assigned', assignee: 'bram' },
  ],
  [
    'assign a waiting case',
    state({ status: 'waiting' }),
    { name: 'assign', assignee: 'anna' },
    { status: 'assigned', assignee: 'anna' },
  ],
  [
    'start an assigned case',
    state({ status: 'assigned', assignee: 'anna' }),
    { name: 'start' },
    { status: 'in_progress', assignee: 'anna' },
  ],
  [
    'let a new case wait',
    state({ status: 'new' }),
    { name: 'wait', reason: 'awaiting photos' },
    { status: 'waiting' },
  ],
  [
    'let an assigned case wait',
    state({ status: 'assigned', assignee: 'anna' }),
    { name: 'wait' },
    { status: 'waiting', assignee: 'anna' },
  ],
  [
    'let a case in progress wait',
    state({ status: 'in_progress', assignee: 'anna' }),
    { name: 'wait' },
    { status: 'waiting', assignee: 'anna' },
  ],
  [
    'resume a waiting case',
    state({ status: 'waiting', assignee: 'anna' }),
    { name: 'resume' },
    { status: 'in_progress', assignee: 'anna' },
  ],
  [
    'refer a new case',
    state({ status: 'new' }),
    { name: 'refer', targetOrganisation: 'police', reason: 'crime' },
    { status: 'referred', referredTo: 'police' },
  ],
  [
    'refer an assigned case',
    state({ status: 'assigned', assignee: 'anna' }),
    { name: 'refer', targetOrganisation: 'police', reason: 'crime' },
    { status: 'referred', referredTo: 'police' },
  ],
  [
    'refer a case in progress',
    state({ status: 'in_progress', assignee: 'anna' }),
    { name: 'refer', targetOrganisation: 'housing', reason: 'landlord' },
    { status: 'referred', referredTo: 'housing' },
  ],
  [
    'refer a waiting case',
    state({ status: 'waiting' }),
    { name: 'refer', targetOrganisation: 'police', reason: 'crime' },
    { status: 'referred', referredTo: 'police' },
  ],
  [
    'accept a referral',
    state({ status: 'referred', assignee: 'anna', referredTo: 'police' }),
    { name: 'accept-referral' },
    { status: 'new', organisation: 'police', assignee: undefined, referredTo: undefined },
  ],
  [
    'resolve a case in progress',
    state({ status: 'in_progress', assignee: 'anna' }),
    { name: 'resolve', resolutionCode: 'solved' },
    { status: 'resolved', resolutionCode: 'solved' },
  ],
  [
    'close a resolved case',
    state({ status: 'resolved', assignee: 'anna', resolutionCode: 'solved' }),
    { name: 'close' },
    { status: 'closed', closedAt: NOW },
  ],
  [
    'reopen a resolved case',
    state({ status: 'resolved', assignee: 'anna', resolutionCode: 'duplicate' }),
    { name: 'reopen' },
    { status: 'in_progress', assignee: 'anna', resolutionCode: undefined },
  ],
  [
    'reopen a closed case within the window',
    state({ status: 'closed', assignee: 'anna', resolutionCode: 'solved', closedAt: CLOSED_AT }),
    { name: 'reopen', reason: 'new report linked' },
    { status: 'new', assignee: undefined, closedAt: undefined, resolutionCode: undefined },
  ],
];

describe('transition: every legal move', () => {
  it.each(LEGAL)('can %s', (_, before, command, expected) => {
    const result = transition(before, command, NOW);
    if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.reason}`);
    const present = Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined));
    const absent = Object.keys(expected).filter((key) => !(key in present));
    expect(result.next).toMatchObject({ ...present, version: 5 });
    expect(absent.filter((key) => key in result.next)).toEqual([]);
    expect(result.event).toMatchObject({
      transition: command.name,
      from: before.status,
      to: expected.status,
      caseVersion: 5,
      changedAt: NOW,
    });
  });
});

describe('the legal moves tested above', () => {
  it('cover every move of the transition table', () => {
    const tested = LEGAL.map(([, before, command]) => `${before.status}:${command.name}`).sort();
    const table = Object.entries(CASE_TRANSITIONS).flatMap(([name, moves]) =>
      Object.keys(moves).map((from) => `${from}:${name}`),
    );
    expect(tested).toEqual(table.sort());
  });
});

describe('transition: events', () => {
  it('carries the referral target and reason in the event', () => {
    const result = transition(
      state({ status: 'new' }),
      { name: 'refer', targetOrganisation: 'police', reason: 'burglary' },
      NOW,
    );
    expect(result.ok && result.event.referral).toEqual({ targetOrganisation: 'police', reason: 'burglary' });
  });

  it('carries the resolution code and assignee in the event', () => {
    const result = transition(
      state({ status: 'in_progress', assignee: 'anna' }),
      { name: 'resolve', resolutionCode: 'duplicate' },
      NOW,
    );
    expect(
      result.ok && [
        result.event.resolutionCode,
        result.event.assignee,
        result.event.referral,
        result.event.reason,
      ],
    ).toEqual(['duplicate', 'anna', null, null]);
  });

  it('carries the reason of a reopen in the event', () => {
    const result = transition(
      state({ status: 'closed', closedAt: CLOSED_AT }),
      { name: 'reopen', reason: 'new report linked' },
      NOW,
    );
    expect(result.ok && result.event.reason).toBe('new report linked');
  });

  it('does not change the state it was given', () => {
    const before = state({ status: 'new' });
    transition(before, { name: 'assign', assignee: 'anna' }, NOW);
    expect(before).toEqual(state({ status: 'new' }));
  });
});
