import { validateSchema } from '../../validation/validate-schema';
import { CaseOpenedV1 } from './case-opened.v1';

describe('case-opened v1: the optional category suggestion of the decision summary', () => {
  const payload = (decision: Record<string, unknown> = {}) => ({
    caseId: '0b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b',
    organisation: 'municipality',
    team: 'stadsbeheer',
    priority: 'normal',
    sla: { amount: 3, unit: 'days', calendar: 'working' },
    category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
    report: {
      reportId: '1b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b',
      reporterRef: 'rr_abcdefghijklmnopqrstuv',
      description: 'Grofvuil',
      location: { lat: 52.09, lon: 5.12 },
      submittedAt: '2026-05-01T08:00:00.000Z',
      reporterTier: 'resident',
      areaIds: [],
    },
    decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'x', ...decision },
    openedAt: '2026-05-01T08:00:01.000Z',
  });

  it('accepts a decision without it (as before) and with it', () => {
    expect(validateSchema(CaseOpenedV1, payload()).ok).toBe(true);
    const withSuggestion = validateSchema(
      CaseOpenedV1,
      payload({ categorySuggestion: { main: 'afval', sub: 'grofvuil', confidence: 0.55, used: true } }),
    );
    expect(withSuggestion).toMatchObject({ ok: true, value: { decision: { categorySuggestion: { confidence: 0.55 } } } });
  });

  it.each([
    ['a confidence above 1', { main: 'afval', confidence: 1.5, used: true }, 'decision.categorySuggestion.confidence'],
    ['no used flag', { main: 'afval', confidence: 0.5 }, 'decision.categorySuggestion.used'],
    ['a bad category code', { main: 'Afval!', confidence: 0.5, used: false }, 'decision.categorySuggestion.main'],
  ])('refuses %s', (_, categorySuggestion, field) => {
    const result = validateSchema(CaseOpenedV1, payload({ categorySuggestion }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toContain(field);
  });
});
