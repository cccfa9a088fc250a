import type { EntityManager, QueryRunner } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CorrelationContext } from '@loket/observability';
import { FixedClock } from '../../testing/workbench-fakes';
import { ActingPrincipal } from './acting-principal';
import { AuditTrail } from './audit-trail';
import { auditedCaseChange } from './audited-case-change';
import { takePending } from './pending-audit-entries';

const SANNE: Principal = {
  subject: 'f2a1c3d4-0000-4000-8000-000000000001',
  username: 'gemeente.stadsbeheer',
  roles: ['professional'],
  organisation: 'municipality',
  teams: ['stadsbeheer'],
};
const CASE_ID = '7d3f0c52-9a4e-4e63-8f1e-2b7c1d0e9a11';
const AT = new Date('2026-05-04T09:00:00.000Z');

function aTransaction(): { tx: EntityManager; runner: QueryRunner } {
  const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
  return { tx: { queryRunner: runner } as unknown as EntityManager, runner };
}

describe('AuditTrail', () => {
  const trail = new AuditTrail({} as never, new FixedClock(AT));

  it('records in the name of the request’s principal, with roles, organisation and correlation id', () => {
    const { tx, runner } = aTransaction();
    CorrelationContext.run({ correlationId: 'corr-1', causationId: null }, () =>
      ActingPrincipal.run(SANNE, () => trail.record(tx, { action: 'case.note-added', caseId: CASE_ID, details: { visibility: 'internal' } })),
    );
    expect(takePending(runner)).toEqual([
      {
        occurredAt: AT,
        actor: { kind: 'user', subject: SANNE.subject, username: SANNE.username, roles: ['professional'], organisation: 'municipality' },
        action: 'case.note-added',
        caseId: CASE_ID,
        details: { visibility: 'internal' },
        correlationId: 'corr-1',
      },
    ]);
    expect(takePending(runner)).toEqual([]);
  });

  it('records as the system outside a request (an event being handled)', () => {
    const { tx, runner } = aTransaction();
    CorrelationContext.run({ correlationId: 'event-corr', causationId: 'event-1' }, () =>
      trail.record(tx, { action: 'case.opened', caseId: CASE_ID }),
    );
    expect(takePending(runner)).toMatchObject([
      { actor: { kind: 'system', subject: null, username: null, roles: [], organisation: null }, correlationId: 'event-corr' },
    ]);
  });

  it('keeps the entries of one transaction in the order they were recorded', () => {
    const { tx, runner } = aTransaction();
    trail.record(tx, { action: 'a', caseId: null });
    trail.record(tx, { action: 'b', caseId: null });
    expect(takePending(runner).map((f) => f.action)).toEqual(['a', 'b']);
  });

  it('refuses to record outside a transaction', () => {
    const { tx, runner } = aTransaction();
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    expect(() => trail.record(tx, { action: 'a', caseId: null })).toThrow(/inside a transaction/);
    expect(() => trail.record({} as EntityManager, { action: 'a', caseId: null })).toThrow(/inside a transaction/);
  });

  it('never copies free text from a change into the log', () => {
    const { tx, runner } = aTransaction();
    const change = auditedCaseChange({
      caseId: CASE_ID,
      kind: 'status-changed',
      details: { transition: 'refer', from: 'in_progress', to: 'referred', reason: 'Drugs', requestedOrganisation: 'police' },
      actorSubject: SANNE.subject,
      actorUsername: SANNE.username,
      actorOrganisation: SANNE.organisation,
      visibleToOrganisation: null,
      caseVersion: 4,
      occurredAt: AT,
    });
    trail.record(tx, change, SANNE);
    expect(takePending(runner)).toMatchObject([
      {
        action: 'case.status-changed',
        details: { transition: 'refer', from: 'in_progress', to: 'referred', requestedOrganisation: 'police', caseVersion: 4 },
      },
    ]);
  });

  it('names a case-opened change case.opened', () => {
    expect(
      auditedCaseChange({
        caseId: CASE_ID,
        kind: 'case-opened',
        details: { organisation: 'municipality' },
        actorSubject: null,
        actorUsername: null,
        actorOrganisation: null,
        visibleToOrganisation: null,
        caseVersion: 1,
        occurredAt: AT,
      }),
    ).toEqual({ action: 'case.opened', caseId: CASE_ID, details: { organisation: 'municipality', caseVersion: 1 } });
  });
});
