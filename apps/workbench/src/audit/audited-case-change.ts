import type { NewTimelineEntry } from '../cases/persistence/case-journal';
import type { AuditedAction } from './audit-trail';

/**
 * The audit entry of a change to a case, from the timeline entry the change writes: every change — by a
 * professional over HTTP or by the system reacting to an event — writes one, so every change is audited.
 * `case-opened` becomes `case.opened`, `status-changed` `case.status-changed`, and so on.
 */
export function auditedCaseChange(entry: NewTimelineEntry): AuditedAction {
  return {
    action: `case.${entry.kind.replace(/^case-/, '')}`,
    caseId: entry.caseId,
    details: { ...entry.details, caseVersion: entry.caseVersion ?? undefined },
  };
}
