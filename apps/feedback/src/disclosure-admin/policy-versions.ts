import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PolicyAuditAction, PolicyAuditRecord } from './policy-audit.entity';
import { PolicyKind, PolicyVersionRecord } from './policy-version.entity';

export interface Actor {
  subject: string;
  username: string;
}

/** The system itself, for the version seeded from the library's defaults. */
export const SYSTEM_ACTOR: Actor = { subject: 'system', username: 'system' };

export interface NewPolicyVersion {
  kind: PolicyKind;
  version: number;
  content: object;
  actor: Actor;
  at: Date;
  action: PolicyAuditAction;
  /** The content in force before, for the audit; null for the seed. */
  before: object | null;
}

/** The stored versions of the disclosure matrix and the templates, and their audit trail. */
export abstract class PolicyVersions {
  /** The version in force (the highest), or null before anything was seeded. */
  abstract current(kind: PolicyKind, tx?: EntityManager): Promise<PolicyVersionRecord | null>;
  abstract find(kind: PolicyKind, version: number): Promise<PolicyVersionRecord | null>;
  /** Newest first. */
  abstract history(kind: PolicyKind): Promise<PolicyVersionRecord[]>;
  /** Newest first. */
  abstract audit(kind: PolicyKind | undefined, limit: number): Promise<PolicyAuditRecord[]>;
  /** Writes the version and its audit entry; false (nothing written) when that version number exists already. */
  abstract append(tx: EntityManager, entry: NewPolicyVersion): Promise<boolean>;
}

@Injectable()
export class TypeOrmPolicyVersions extends PolicyVersions {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  current(kind: PolicyKind, tx: EntityManager = this.dataSource.manager): Promise<PolicyVersionRecord | null> {
    return tx.findOne(PolicyVersionRecord, { where: { kind }, order: { version: 'DESC' } });
  }

  find(kind: PolicyKind, version: number): Promise<PolicyVersionRecord | null> {
    return this.dataSource.manager.findOneBy(PolicyVersionRecord, { kind, version });
  }

  history(kind: PolicyKind): Promise<PolicyVersionRecord[]> {
    return this.dataSource.manager.find(PolicyVersionRecord, { where: { kind }, order: { version: 'DESC' } });
  }

  audit(kind: PolicyKind | undefined, limit: number): Promise<PolicyAuditRecord[]> {
    return this.dataSource.manager.find(PolicyAuditRecord, {
      where: kind ? { kind } : {},
      order: { at: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  async append(tx: EntityManager, entry: NewPolicyVersion): Promise<boolean> {
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(PolicyVersionRecord)
      .values({
        kind: entry.kind,
        version: entry.version,
        content: entry.content,
        createdBySubject: entry.actor.subject,
        createdByUsername: entry.actor.username,
        createdAt: entry.at,
      })
      .orIgnore()
      .returning(['version'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    await tx
      .createQueryBuilder()
      .insert()
      .into(PolicyAuditRecord)
      .values({
        kind: entry.kind,
        version: entry.version,
        action: entry.action,
        actorSubject: entry.actor.subject,
        actorUsername: entry.actor.username,
        at: entry.at,
        before: entry.before,
        after: entry.content,
      })
      .execute();
    return true;
  }
}
