import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { auditDetails, SYSTEM_ACTOR, type AuditActor, type AuditFacts } from '@loket/audit-chain';
import { CorrelationContext } from '@loket/observability';
import { Clock } from '../clock';
import { ActingPrincipal } from './acting-principal';
import { queueForCommit } from './pending-audit-entries';

/** Keys whose values are written by people; never copied into the log, whatever they hold. */
const FREE_TEXT_KEYS = ['reason', 'explanation', 'text', 'description', 'q', 'query'];

/** What happened, without who and when (the trail adds those). */
export interface AuditedAction {
  /** e.g. `case.read`, `cases.listed`, `case.status-changed`. */
  action: string;
  caseId: string | null;
  /** Flat facts; prose and free-text keys are left out (`auditDetails`). */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * Writes the audit log. A change is recorded inside the transaction that makes it and chained just before
 * that transaction commits (`ChainAuditEntriesBeforeCommit`): the change and its entry commit together or not
 * at all, and the chain head is locked only for the last moment of the transaction. A read is recorded in a
 * short transaction of its own, before the data goes out.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** By the principal of the current request, or the system when there is none (an event being handled). */
  record(tx: EntityManager, action: AuditedAction, actor: Principal | null = ActingPrincipal.current()): void {
    queueForCommit(tx, this.factsOf(action, actor));
  }

  async recordRead(principal: Principal, action: AuditedAction): Promise<void> {
    await this.dataSource.transaction(async (tx) => this.record(tx, action, principal));
  }

  private factsOf(action: AuditedAction, principal: Principal | null): AuditFacts {
    return {
      occurredAt: this.clock.now(),
      actor: principal ? actorOf(principal) : SYSTEM_ACTOR,
      action: action.action,
      caseId: action.caseId,
      details: auditDetails(action.details ?? {}, FREE_TEXT_KEYS),
      correlationId: CorrelationContext.current()?.correlationId ?? null,
    };
  }
}

function actorOf(principal: Principal): AuditActor {
  return {
    kind: 'user',
    subject: principal.subject,
    username: principal.username,
    roles: [...principal.roles],
    organisation: principal.organisation,
  };
}
