import { ProblemException } from '@loket/http';
import { InMemoryInsightStore } from '../../../testing/insight-fakes';
import { FixedClock } from '../../../testing/workbench-fakes';
import { ShowInsights } from './show-insights.use-case';

describe('ShowInsights', () => {
  const clock = new FixedClock(new Date('2026-11-18T10:00:00Z'));
  const show = new ShowInsights(new InMemoryInsightStore(), clock);

  it('defaults to areas per month over the last twelve months, the current one included', async () => {
    const table = await show.execute({});
    expect(table).toMatchObject({ groupBy: ['area'], period: 'month', minimumReporters: 5, cells: [] });
    expect([table.from.toISOString(), table.to.toISOString()]).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
    const weeks = await show.execute({ period: 'week', groupBy: 'category,period' });
    expect([weeks.from.toISOString(), weeks.to.toISOString()]).toEqual([
      '2026-08-31T00:00:00.000Z',
      '2026-11-23T00:00:00.000Z',
    ]);
  });

  it('widens from and to to whole periods, leaving a period boundary as it is', async () => {
    const table = await show.execute({ from: '2026-02-10', to: '2026-04-01T00:00:00Z', period: 'month' });
    expect([table.from.toISOString(), table.to.toISOString()]).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
  });

  it.each([
    [{ groupBy: 'area,period,area' }, 'twice'],
    [{ from: '2026-05-01', to: '2026-05-01' }, 'before'],
    [{ from: '2020-01-01', to: '2026-01-01' }, 'apart'],
  ])('refuses %j as a bad request', async (query, words) => {
    const error = await show.execute(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect(error).toMatchObject({ status: 400, detail: expect.stringContaining(words) });
  });
});
