import type { CaseCommand } from './case-command';
import type { CaseState } from './case-state';
import { transition } from './transition';

const NOW = new Date('2025-03-01T10:00:00Z');
const CLOSED_AT = new Date('2025-02-20T10:00:00Z');

const state = (overrides: Partial<CaseState> & Pick<CaseState, 'status'>): CaseState => ({
  version: 4,
  organisation: 'municipality',
  ...overrides,
});

describe('transition: illegal moves', () => {
  it('refuses to close a case that is not resolved, listing what is allowed', () => {
    expect(transition(state({ status: 'in_progress', assignee: 'anna' }), { name: 'close' }, NOW)).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: 'cannot close a case that is in_progress',
      allowed: ['wait', 'refer', 'resolve'],
    });
  });

  it('refuses to let a waiting case wait again', () => {
    expect(transition(state({ status: 'waiting' }), { name: 'wait' }, NOW)).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
  });

  it('refuses to refer a resolved or closed case', () => {
    const command: CaseCommand = { name: 'refer', targetOrganisation: 'police', reason: 'x' };
    expect(transition(state({ status: 'resolved' }), command, NOW)).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
    expect(transition(state({ status: 'closed' }), command, NOW)).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
  });

  it('refuses to resolve a case nobody started', () => {
    expect(
      transition(
        state({ status: 'assigned', assignee: 'anna' }),
        { name: 'resolve', resolutionCode: 'solved' },
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
  });

  it('answers an unknown command as illegal instead of throwing', () => {
    const result = transition(state({ status: 'new' }), { name: 'delete' } as unknown as CaseCommand, NOW);
    expect(result).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: 'unknown transition "delete"',
      allowed: ['assign', 'wait', 'refer'],
    });
  });
});

describe('transition: guards', () => {
  const failed = (before: CaseState, command: CaseCommand, now = NOW, reopenWindowDays?: number) => {
    const result = transition(
      before,
      command,
      now,
      reopenWindowDays === undefined ? {} : { reopenWindowDays },
    );
    return result.ok ? 'ok' : `${result.code}: ${result.reason}`;
  };

  it('requires an assignee to assign', () => {
    expect(failed(state({ status: 'new' }), { name: 'assign', assignee: ' ' })).toBe(
      'guard-failed: assign needs an assignee',
    );
  });

  it('refuses to hand a case to the professional who has it', () => {
    expect(
      failed(state({ status: 'assigned', assignee: 'anna' }), { name: 'assign', assignee: 'anna' }),
    ).toBe('guard-failed: the case is already assigned to anna');
  });

  it('requires a known resolution code to resolve', () => {
    expect(
      failed(state({ status: 'in_progress', assignee: 'anna' }), {
        name: 'resolve',
        resolutionCode: 'fixed',
      }),
    ).toBe(
      'guard-failed: resolve needs a resolution code, one of solved, referred-elsewhere, no-action-possible, duplicate, not-reproducible',
    );
  });

  it('requires a target organisation and a reason to refer', () => {
    expect(failed(state({ status: 'new' }), { name: 'refer', targetOrganisation: '', reason: 'x' })).toBe(
      'guard-failed: refer needs a target organisation',
    );
    expect(
      failed(state({ status: 'new' }), { name: 'refer', targetOrganisation: 'police' } as CaseCommand),
    ).toBe('guard-failed: refer needs a reason');
  });

  it('refers without a target organisation, leaving the destination to routing', () => {
    const result = transition(state({ status: 'assigned', assignee: 'a' }), { name: 'refer', reason: 'crime' }, NOW);
    expect(result.ok && result.next).toMatchObject({ status: 'referred', version: 5 });
    expect(result.ok && result.next.referredTo).toBeUndefined();
    expect(result.ok && result.event.referral).toEqual({ targetOrganisation: null, reason: 'crime' });
  });

  it('refuses to refer a case to the organisation that has it', () => {
    expect(
      failed(state({ status: 'new' }), { name: 'refer', targetOrganisation: 'municipality', reason: 'x' }),
    ).toBe('guard-failed: the case is already with municipality');
  });

  it('lets only the organisation it was referred to accept a referral', () => {
    expect(
      failed(state({ status: 'referred', referredTo: 'police' }), {
        name: 'accept-referral',
        organisation: 'housing',
      }),
    ).toBe('guard-failed: the case was referred to police, not to housing');
  });

  it('requires an assignee to resume a waiting case; assign it instead', () => {
    expect(failed(state({ status: 'waiting' }), { name: 'resume' })).toBe(
      'guard-failed: resume needs an assignee; assign the case first',
    );
  });

  it('reopens a closed case on the last day of the 30-day window', () => {
    expect(
      failed(
        state({ status: 'closed', closedAt: CLOSED_AT }),
        { name: 'reopen' },
        new Date('2025-03-22T10:00:00Z'),
      ),
    ).toBe('ok');
  });

  it('refuses to reopen a closed case after the window', () => {
    expect(
      failed(
        state({ status: 'closed', closedAt: CLOSED_AT }),
        { name: 'reopen' },
        new Date('2025-03-22T10:00:01Z'),
      ),
    ).toBe('guard-failed: the reopen window of 30 days ended on 2025-03-22T10:00:00.000Z');
  });

  it('takes the reopen window as a parameter', () => {
    expect(failed(state({ status: 'closed', closedAt: CLOSED_AT }), { name: 'reopen' }, NOW, 7)).toMatch(
      /^guard-failed: the reopen window of 7 days/,
    );
  });

  it('refuses to reopen a closed case without a closing time', () => {
    expect(failed(state({ status: 'closed' }), { name: 'reopen' })).toBe(
      'guard-failed: the case has no closing time, so the reopen window cannot be checked',
    );
  });
});
