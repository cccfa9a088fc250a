import type { CaseOpenedV1 } from '@loket/contracts';
import { aCase } from '../../testing/workbench-fakes';
import { openingTriageReasons, slaStatusOf, triageReasonsOf } from './triage-reasons';

describe('triage reasons', () => {
  const now = new Date('2026-05-04T09:00:00.000Z');
  const opened = (overrides: { ruleId?: string | null; suggestion?: { confidence: number; used: boolean }; related?: string[] }) =>
    ({
      decision: {
        policyId: 'default',
        policyVersion: 3,
        ruleId: overrides.ruleId === undefined ? 'afval' : overrides.ruleId,
        explanation: '…',
        ...(overrides.suggestion ? { categorySuggestion: { main: 'afval', sub: 'grofvuil', ...overrides.suggestion } } : {}),
      },
      ...(overrides.related ? { possiblyRelatedCaseIds: overrides.related } : {}),
    }) as unknown as CaseOpenedV1;

  it('finds why a case needs a coordinator when it opens', () => {
    expect(openingTriageReasons(opened({}), 0.7)).toEqual([]);
    expect(openingTriageReasons(opened({ ruleId: null }), 0.7)).toEqual(['routed-by-fallback']);
    expect(openingTriageReasons(opened({ suggestion: { confidence: 0.9, used: true } }), 0.7)).toEqual([]);
    expect(openingTriageReasons(opened({ suggestion: { confidence: 0.55, used: true } }), 0.7)).toEqual([
      'low-confidence-category',
    ]);
    expect(openingTriageReasons(opened({ ruleId: null, suggestion: { confidence: 0.3, used: false }, related: ['x'] }), 0.7)).toEqual([
      'routed-by-fallback',
      'low-confidence-category',
      'possibly-related',
    ]);
  });

  it('explains every reason, opening reasons only while the case is new', () => {
    const kase = aCase({
      status: 'new',
      routingRuleId: null,
      dueAt: new Date('2026-05-04T06:30:00.000Z'),
      triageReasons: ['routed-by-fallback', 'low-confidence-category', 'possibly-related'],
      categorySuggestion: { main: 'afval', sub: 'grofvuil', confidence: 0.55, used: true },
      possiblyRelatedCaseIds: ['00000000-0000-4000-8000-0000000000aa'],
    });
    const request = {
      requestId: '00000000-0000-4000-8000-0000000000bb',
      caseId: kase.id,
      reportId: '00000000-0000-4000-8000-0000000000cc',
      remark: 'Het ligt er weer',
      requestedAt: new Date('2026-05-03T10:00:00.000Z'),
      status: 'pending' as const,
      decidedAt: null,
      decidedBy: null,
      declineReason: null,
    };
    const reasons = triageReasonsOf(kase, [request], now, 0.7);
    expect(reasons.map((r) => r.reason)).toEqual([
      'routed-by-fallback',
      'low-confidence-category',
      'possibly-related',
      'reopen-requested',
      'sla-breached',
    ]);
    expect(reasons[0]!.explanation).toBe('No rule of routing policy default v1 matched; the fallback sent the case here');
    expect(reasons[1]!.explanation).toMatch(/suggestion afval\/grofvuil with confidence 0\.55 \(below 0\.70\)/);
    expect(reasons[2]).toMatchObject({ relatedCaseIds: ['00000000-0000-4000-8000-0000000000aa'] });
    expect(reasons[3]).toMatchObject({ requestId: request.requestId, remark: 'Het ligt er weer' });
    expect(reasons[4]!.explanation).toMatch(/2 hours overdue, and still new/);

    const pickedUp = triageReasonsOf({ ...kase, status: 'assigned' }, [], now, 0.7);
    expect(pickedUp.map((r) => r.reason)).toEqual(['sla-breached']);
  });

  it('partitions cases by SLA status: a stopped clock is never at risk or breached', () => {
    const due = (hours: number, status: 'new' | 'waiting' | 'resolved' = 'new') =>
      slaStatusOf(aCase({ status, dueAt: new Date(now.getTime() + hours * 3_600_000) }), now, 3 * 3_600_000);
    expect([due(-1), due(0), due(2.9), due(3), due(-5, 'waiting'), due(-5, 'resolved')]).toEqual([
      'breached',
      'at-risk',
      'at-risk',
      'on-track',
      'on-track',
      'on-track',
    ]);
  });
});
