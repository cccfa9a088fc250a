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

  it('never leaves the case without a report, whatever is asked', () => {
    for (let n = 1; n <= REPORTS.length; n++) {
      const requested = REPORTS.slice(0, n);
      const plan = planSplit('case-a', REPORTS, requested);
      expect(plan.ok).toBe(n < REPORTS.length);
      if (plan.ok) expect(REPORTS.filter((r) => !plan.value.includes(r)).length).toBeGreaterThan(0);
    }
  });
});
