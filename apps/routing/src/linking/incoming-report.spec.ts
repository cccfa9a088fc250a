import { incomingReportOf } from './incoming-report';

describe('incomingReportOf', () => {
  const report = { reportId: 'r1', location: { lat: 52.09, lon: 5.12 }, submittedAt: '2026-12-05T21:30:00.000Z', description: 'gevecht bij de speeltuin' };
  const known = { known: true, main: 'overlast', sub: 'vechtpartij', sensitivity: 1 };

  it('measures time from when the incident was seen, when the report knows it (a forwarded chat message)', () => {
    expect(incomingReportOf({ ...report, observedAt: '2026-12-05T20:03:00.000Z' }, known).submittedAt.toISOString()).toBe('2026-12-05T20:03:00.000Z');
  });

  it('measures time from the submission otherwise', () => {
    expect(incomingReportOf(report, known)).toMatchObject({ submittedAt: new Date('2026-12-05T21:30:00.000Z'), category: { main: 'overlast', sub: 'vechtpartij' } });
  });
});
