import type { AuditFacts } from './audit-entry';

/** A plausible entry's facts, the n-th of a test chain. */
export function factsNo(n: number): AuditFacts {
  return {
    occurredAt: new Date(Date.UTC(2026, 10, 1, 9, 0, n)),
    actor: {
      kind: n % 3 === 0 ? 'system' : 'user',
      subject: n % 3 === 0 ? null : `subject-${n % 4}`,
      username: n % 3 === 0 ? null : `user.${n % 4}`,
      roles: n % 3 === 0 ? [] : ['professional'],
      organisation: n % 3 === 0 ? null : 'municipality',
    },
    action: ['case.read', 'cases.listed', 'case.status-changed', 'case.note-added'][n % 4],
    caseId: n % 4 === 1 ? null : `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    details: n % 4 === 2 ? { transition: 'start', from: 'new', to: 'in-progress', caseVersion: 2 } : { returned: n },
    correlationId: `corr-${n}`,
  };
}
