import { SeededRandom } from '@loket/seeded-random';
import { planLink, planSplit } from './report-moves';

describe('planLink', () => {
  it('moves a report from the case it is in, and says when that case would be left empty', () => {
    expect(planLink('case-b', 'r-1', 'case-a', 3)).toEqual({ ok: true, value: { fromCaseId: 'case-a', emptiesSource: false } });
    expect(planLink('case-b', 'r-1', 'case-a', 1)).toEqual({ ok: true, value: { fromCaseId: 'case-a', emptiesSource: true } });
  });

  it('refuses an unknown report and a report already in the case (400)', () => {
    expect(planLink('case-b', 'r-1', null, 0)).toMatchObject({ ok: false, refusal: { status: 400, type: 'unknown-report' } });
    expect(planLink('case-b', 'r-1', 'case-b', 2)).toMatchObject({ ok: false, refusal: { status: 400, type: 'same-case' } });
  });
});

describe('planSplit', () => {
  const REPORTS = ['r-1', 'r-2', 'r-3', 'r-4'];

  it('takes the named reports in the case\'s order, so the oldest opens the new case', () => {
    expect(planSplit('case-a', REPORTS, ['r-4', 'r-2'])).toEqual({ ok: true, value: ['r-2', 'r-4'] });
    expect(planSplit('case-a', REPORTS, ['r-1', 'r-2', 'r-3'])).toEqual({ ok: true, value: ['r-1', 'r-2', 'r-3'] });
  });

  it.each([
    [[], 'no-reports'],
    [['r-2', 'r-2'], 'duplicate-report'],
    [['r-2', 'r-9'], 'report-not-in-case'],
    [['r-1', 'r-2', 'r-3', 'r-4'], 'split-all-reports'],
  ])('refuses %j with a 400 (%s)', (requested, type) => {
    expect(planSplit('case-a', REPORTS, requested)).toMatchObject({ ok: false, refusal: { status: 400, type } });
  });

  it('never leaves a case without a report, and moves exactly the named reports in the case\'s order (property)', () => {
    const random = new SeededRandom(20261129);
    for (let run = 0; run < 500; run++) {
      const reports = Array.from({ length: 1 + random.int(8) }, (_, i) => `r-${i}`);
      const requested = random.sample([...reports, 'r-x'], random.int(reports.length + 2));
      const plan = planSplit('case-a', reports, requested);
      const valid = requested.length > 0 && !requested.includes('r-x') && requested.length < reports.length;
      expect(plan.ok).toBe(valid);
      if (!plan.ok) continue;
      expect(reports.filter((r) => !plan.value.includes(r)).length).toBeGreaterThan(0);
      expect([...plan.value].sort()).toEqual([...requested].sort());
      expect(plan.value).toEqual(reports.filter((r) => plan.value.includes(r)));
    }
  });
});
