import { aggregateInsights } from './aggregate';
import { FIGURE_NAMES } from './figures';
import { csvField, parseCsv, renderInsightsCsv } from './csv';

describe('CSV fields (RFC 4180)', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvField('afval')).toBe('afval');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(false)).toBe('false');
  });

  it('keeps a spreadsheet from running text as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['a', 'b,c', 'd"e', ''],
      ['x\r\ny', '', "'=1", '2'],
    ];
    const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('renderInsightsCsv', () => {
  it('writes a header, one line per cell and the total, with the same values as the table', () => {
    const table = aggregateInsights(
      {
        reports: ['r1', 'r2'].map((reporterRef, i) => ({
          reportId: `p${i}`,
          caseId: 'c1',
          reporterRef,
          areaIds: ['BU,"1"'],
          category: 'afval',
          submittedAt: new Date('2026-11-03T10:00:00Z'),
          linkedIntoExisting: i > 0,
        })),
        cases: [
          {
            caseId: 'c1',
            areaIds: ['BU,"1"'],
            category: 'afval',
            submittedAt: new Date('2026-11-03T10:00:00Z'),
            openedAt: new Date('2026-11-03T10:00:00Z'),
            dueAt: null,
            pickedUpAt: new Date('2026-11-03T11:30:00Z'),
            resolvedAt: null,
            closedAt: null,
          },
        ],
        deliveries: [],
        answers: [],
        reopenRequests: [],
      },
      {
        groupBy: ['area', 'period'],
        period: 'month',
        from: new Date('2026-11-01Z'),
        to: new Date('2026-12-01Z'),
        now: new Date('2026-11-04Z'),
        minimumReporters: 2,
      },
    );
    const csv = renderInsightsCsv(table);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['scope', 'area', 'period', 'suppressed', ...FIGURE_NAMES, 'suppressedFigures'],
      ['cell', 'BU,"1"', '2026-11', 'false', '2', '2', '1', '1', '1.5', '', '', '', '', '', ''],
      ['total', '', '', 'false', '2', '2', '1', '1', '1.5', '', '', '', '', '', ''],
    ]);
  });
});
