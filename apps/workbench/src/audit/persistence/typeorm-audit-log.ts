import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendToChain, type AuditEntry, type AuditFacts, type ChainHead } from '@loket/audit-chain';
import { AuditChainHeadRecord, CHAIN_HEAD_ID } from './audit-chain-head.entity';
import { AuditLog, AuditLogFilter } from './audit-log';
import { AuditLogEntryRecord } from './audit-log-entry.entity';

@Injectable()
export class TypeormAuditLog extends AuditLog {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async append(tx: EntityManager, facts: readonly AuditFacts[]): Promise<void> {
    if (facts.length === 0) return;
    const rows: { last_sequence: string; last_hash: string }[] = await tx.query(
      `SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = $1 FOR UPDATE`,
      [CHAIN_HEAD_ID],
    );
    const current = rows[0];
    if (!current) throw new Error('The audit chain has no head row: the AuditLog migration has not run');
    const { entries, head } = appendToChain({ sequence: Number(current.last_sequence), hash: current.last_hash }, facts);
    await tx.insert(AuditLogEntryRecord, entries.map(toRecord));
    await tx.update(AuditChainHeadRecord, { id: CHAIN_HEAD_ID }, { lastSequence: String(head.sequence), lastHash: head.hash });
  }

  async find(filter: AuditLogFilter): Promise<AuditEntry[]> {
    const query = this.dataSource.manager.createQueryBuilder(AuditLogEntryRecord, 'a');
    if (filter.caseId) query.andWhere('a.case_id = :caseId', { caseId: filter.caseId });
    if (filter.actor) query.andWhere('(a.actor_username = :actor OR a.actor_subject = :actor)', { actor: filter.actor });
    if (filter.from) query.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_at < :to', { to: filter.to });
    if (filter.before !== undefined) query.andWhere('a.sequence < :before', { before: filter.before });
    const records = await query.orderBy('a.sequence', 'DESC').limit(filter.limit).getMany();
    return records.map(toEntry);
  }

  async entriesAfter(manager: EntityManager, afterSequence: number, limit: number): Promise<AuditEntry[]> {
    const records = await manager
      .createQueryBuilder(AuditLogEntryRecord, 'a')
      .where('a.sequence > :after', { after: afterSequence })
      .orderBy('a.sequence', 'ASC')
      .limit(limit)
      .getMany();
    return records.map(toEntry);
  }

  async head(manager: EntityManager): Promise<ChainHead> {
    const row = await manager.findOneBy(AuditChainHeadRecord, { id: CHAIN_HEAD_ID });
    if (!row) throw new Error('The audit chain has no head row: the AuditLog migration has not run');
    return { sequence: Number(row.lastSequence), hash: row.lastHash };
  }
}

function toRecord(entry: AuditEntry): AuditLogEntryRecord {
  return {
    sequence: String(entry.sequence),
    occurredAt: entry.occurredAt,
    actorKind: entry.actor.kind,
    actorSubject: entry.actor.subject,
    actorUsername: entry.actor.username,
    actorRoles: [...entry.actor.roles],
    actorOrganisation: entry.actor.organisation,
    action: entry.action,
    caseId: entry.caseId,
    details: entry.details,
    correlationId: entry.correlationId,
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}

function toEntry(record: AuditLogEntryRecord): AuditEntry {
  return {
    sequence: Number(record.sequence),
    occurredAt: record.occurredAt,
    actor: {
      kind: record.actorKind,
      subject: record.actorSubject,
      username: record.actorUsername,
      roles: record.actorRoles,
      organisation: record.actorOrganisation,
    },
    action: record.action,
    caseId: record.caseId,
    details: record.details,
    correlationId: record.correlationId,
    previousHash: record.previousHash,
    hash: record.hash,
  };
}
