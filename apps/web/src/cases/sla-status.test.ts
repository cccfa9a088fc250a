import { describe, expect, it } from 'vitest';
import { slaStatusOf } from './sla-status';

const now = new Date('2026-12-03T12:00:00Z');
const at = (status: string, dueAt: string) => slaStatusOf({ status, sla: { dueAt } as never }, now);

describe('the SLA badge of a case file', () => {
  it('is breached past due, at risk within a day, on track otherwise, and never while the clock stands still', () => {
    expect(at('assigned', '2026-12-03T11:59:00Z')).toBe('breached');
    expect(at('new', '2026-12-04T11:00:00Z')).toBe('at-risk');
    expect(at('in_progress', '2026-12-05T12:00:00Z')).toBe('on-track');
    expect(at('waiting', '2026-12-01T12:00:00Z')).toBe('on-track');
  });
});
