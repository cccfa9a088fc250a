import { incomingReport, KERKSTRAAT, minutesAfter, offset, openCase, T0 } from '../testing/fixtures';
import { mergeSummaries, summaryFromReport, summaryWithReport } from './case-summaries';

describe('case summaries', () => {
  const kase = openCase({
    caseId: 'c-1',
    openedAt: T0,
    lastReportAt: minutesAfter(T0, 10),
    text: 'grofvuil',
  });

  it('opens a case from a report, in the catch-all category when it has none', () => {
    const report = incomingReport({
      category: null,
      submittedAt: minutesAfter(T0, 3),
      description: 'rommel',
    });
    expect(summaryFromReport('c-9', report)).toEqual({
      caseId: 'c-9',
      category: { main: 'overig', sub: 'overig' },
      location: report.location,
      openedAt: report.submittedAt,
      lastReportAt: report.submittedAt,
      text: 'rommel',
    });
    expect(summaryFromReport('c-9', incomingReport()).category).toEqual({ main: 'afval', sub: 'grofvuil' });
  });

  it('moves the last report forward and joins the description when a report is linked', () => {
    const later = summaryWithReport(
      kase,
      incomingReport({ submittedAt: minutesAfter(T0, 30), description: 'nog meer grofvuil' }),
    );
    expect(later).toEqual({
      ...kase,
      lastReportAt: minutesAfter(T0, 30),
      text: 'grofvuil\nnog meer grofvuil',
    });
  });

  it('moves openedAt back for a report that was submitted before the case opened', () => {
    const earlier = summaryWithReport(kase, incomingReport({ submittedAt: minutesAfter(T0, -5) }));
    expect(earlier.openedAt).toEqual(minutesAfter(T0, -5));
    expect(earlier.lastReportAt).toEqual(kase.lastReportAt);
  });

  it('merges two cases into the survivor', () => {
    const other = openCase({
      caseId: 'c-2',
      location: offset(KERKSTRAAT, 50, 0),
      openedAt: minutesAfter(T0, -60),
      lastReportAt: minutesAfter(T0, 120),
      text: 'matras',
    });
    expect(mergeSummaries(kase, other)).toEqual({
      ...kase,
      openedAt: minutesAfter(T0, -60),
      lastReportAt: minutesAfter(T0, 120),
      text: 'grofvuil\nmatras',
    });
  });
});
