import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { CorrelationContext } from '@loket/observability';
import { AdminAuditRecord } from './admin-audit.entity';

export interface AuditedChange {
  action: string;
  subjectType: 'policy' | 'taxonomy' | 'area' | 'case' | 'dead-letter' | 'linking-model' | 'category-model';
  subjectId: string;
  before: unknown;
  after: unknown;
}

/** Records a configuration change in the same transaction as the change itself. */
@Injectable()
export class AdminAudit {
  async record(tx: EntityManager, actor: Principal, change: AuditedChange): Promise<void> {
    const record: Partial<AdminAuditRecord> = {
      actorSubject: actor.subject,
      actorUsername: actor.username,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      before: asJson(change.before),
      after: asJson(change.after),
      correlationId: CorrelationContext.current()?.correlationId ?? null,
    };
    await tx.getRepository(AdminAuditRecord).save(tx.create(AdminAuditRecord, record));
  }
}

function asJson(value: unknown): Record<string, unknown> | null {
  return value === null || value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}
