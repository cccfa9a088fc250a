import type { CaseOpenedV1 } from '@loket/contracts';
import type { SlaStatus } from '../cases/persistence/case-repository';
import type { CaseRecord, OpeningTriageReason } from '../cases/persistence/case.entity';
import type { ReopenRequestRecord } from './reopen-request.entity';
import type { TriageReasonResponse } from './triage-reason.response';

const CLOCK_STOPPED: readonly string[] = ['resolved', 'closed', 'waiting'];

/**
 * Why a case needs a coordinator from the moment it opens: no rule of the policy routed it (the fallback
 * did), its category came from a classifier suggestion below `confidenceThreshold` (or one too uncertain for
 * routing to use), or routing found open cases that may concern the same incident.
 */
export function openingTriageReasons(event: CaseOpenedV1, confidenceThreshold: number): OpeningTriageReason[] {
  const reasons: OpeningTriageReason[] = [];
  if (!event.decision.ruleId) reasons.push('routed-by-fallback');
  const suggestion = event.decision.categorySuggestion;
  if (suggestion && (!suggestion.used || suggestion.confidence < confidenceThreshold)) {
    reasons.push('low-confidence-category');
  }
  if (event.possiblyRelatedCaseIds?.length) reasons.push('possibly-related');
  return reasons;
}

/** Where a case stands against its SLA at `now`; the same partition the queue's `slaStatus` filter uses. */
export function slaStatusOf(record: CaseRecord, now: Date, atRiskMarginMs: number): SlaStatus {
  if (CLOCK_STOPPED.includes(record.status)) return 'on-track';
  const due = record.dueAt.getTime();
  if (due < now.getTime()) return 'breached';
  return due < now.getTime() + atRiskMarginMs ? 'at-risk' : 'on-track';
}

/**
 * Every reason a case is in the triage queue at `now`, explained. The opening reasons hold while nobody has
 * picked the case up (status `new`); a pending reopen request and a breached SLA hold whatever the status.
 */
export function triageReasonsOf(
  record: CaseRecord,
  pendingReopenRequests: readonly ReopenRequestRecord[],
  now: Date,
  confidenceThreshold: number,
): TriageReasonResponse[] {
  const reasons: TriageReasonResponse[] = [];
  const opening = record.status === 'new' ? (record.triageReasons ?? []) : [];
  if (opening.includes('routed-by-fallback')) {
    reasons.push({
      reason: 'routed-by-fallback',
      explanation:
        `No rule of routing policy ${record.routingPolicyId} v${record.routingPolicyVersion} matched; ` +
        `the fallback sent the case here`,
    });
  }
  const suggestion = record.categorySuggestion;
  if (opening.includes('low-confidence-category') && suggestion) {
    const category = suggestion.sub ? `${suggestion.main}/${suggestion.sub}` : suggestion.main;
    const confidence = suggestion.confidence.toFixed(2);
    reasons.push({
      reason: 'low-confidence-category',
      explanation: suggestion.used
        ? `The reporter chose no category; routing used the suggestion ${category} with confidence ${confidence} ` +
          `(below ${confidenceThreshold.toFixed(2)})`
        : `The reporter chose no category and the best suggestion, ${category} (confidence ${confidence}), ` +
          `was too uncertain to route by`,
    });
  }
  const related = record.possiblyRelatedCaseIds ?? [];
  if (opening.includes('possibly-related') && related.length) {
    reasons.push({
      reason: 'possibly-related',
      explanation: `May concern the same incident as ${related.length} other open case${related.length > 1 ? 's' : ''}`,
      relatedCaseIds: [...related],
    });
  }
  for (const request of pendingReopenRequests) {
    reasons.push({
      reason: 'reopen-requested',
      explanation: `A reporter asked to reopen the case on ${request.requestedAt.toISOString()}`,
      requestId: request.requestId,
      remark: request.remark,
      at: request.requestedAt.toISOString(),
    });
  }
  if (slaStatusOf(record, now, 0) === 'breached') {
    const hours = Math.floor((now.getTime() - record.dueAt.getTime()) / 3_600_000);
    reasons.push({
      reason: 'sla-breached',
      explanation: `Due ${record.dueAt.toISOString()}, ${hours} hour${hours === 1 ? '' : 's'} overdue, and still ${record.status}`,
      at: record.dueAt.toISOString(),
    });
  }
  return reasons;
}
