import { isInTriage, type TriageFacts } from './triage';

const now = new Date('2026-12-04T12:00:00Z');
const quiet: TriageFacts = { status: 'new', openingTriageReasons: [], reopenRequestedAt: null, dueAt: new Date('2026-12-10T00:00:00Z') };

describe('isInTriage', () => {
  it('is false for a new case routed by policy and within its SLA', () => {
    expect(isInTriage(quiet, now)).toBe(false);
  });

  it('holds a case with an opening reason only while it is new', () => {
    expect(isInTriage({ ...quiet, openingTriageReasons: ['routed-by-fallback'] }, now)).toBe(true);
    expect(isInTriage({ ...quiet, status: 'assigned', openingTriageReasons: ['routed-by-fallback'] }, now)).toBe(false);
  });

  it('holds a case with a pending reopen request, whatever its status', () => {
    expect(isInTriage({ ...quiet, status: 'closed', reopenRequestedAt: now }, now)).toBe(true);
  });

  it('holds a breached case while its clock runs, not while it waits or is done', () => {
    const breached = { ...quiet, status: 'in_progress', dueAt: new Date('2026-12-01T00:00:00Z') };
    expect(isInTriage(breached, now)).toBe(true);
    expect(isInTriage({ ...breached, status: 'waiting' }, now)).toBe(false);
    expect(isInTriage({ ...breached, status: 'resolved' }, now)).toBe(false);
  });
});
