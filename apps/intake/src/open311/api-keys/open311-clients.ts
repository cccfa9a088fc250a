import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { IntakeAdminAuditRecord, Open311ClientRecord } from './open311-client.entity';

export abstract class Open311KeySettings {
  /** The service's hash key (LOKET_HASH_KEY). */
  hashKey!: string;
}

/** A client as administrators see it: never the key, only its first characters. */
export interface Open311ClientView {
  id: string;
  name: string;
  keyPrefix: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

const KEY_PREFIX = 'o311_';

/**
 * Open311 clients and their api_keys: administrators register a client (the key is answered once), list them and
 * revoke one; each change is written to intake's `admin_audit` in the same transaction. A request's key is
 * checked by its keyed hash.
 */
@Injectable()
export class Open311Clients {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: Open311KeySettings,
  ) {}

  async register(name: string, admin: Principal): Promise<Open311ClientView & { apiKey: string }> {
    const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record: Open311ClientRecord = {
      id: randomUUID(),
      name,
      keyHash: this.hash(apiKey),
      keyPrefix: apiKey.slice(0, KEY_PREFIX.length + 6),
      createdAt: new Date(),
      createdBy: admin.username,
      revokedAt: null,
      revokedBy: null,
    };
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(Open311ClientRecord, record);
      await audit(tx, admin, 'open311-client.created', record.id, { name, keyPrefix: record.keyPrefix });
    });
    return { ...viewOf(record), apiKey };
  }

  async list(): Promise<Open311ClientView[]> {
    const records = await this.dataSource.getRepository(Open311ClientRecord).find({ order: { createdAt: 'ASC' } });
    return records.map(viewOf);
  }

  async revoke(id: string, admin: Principal): Promise<Open311ClientView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await tx.findOne(Open311ClientRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw ProblemException.notFound(`No Open311 client ${id}`);
      if (record.revokedAt) return viewOf(record);
      record.revokedAt = new Date();
      record.revokedBy = admin.username;
      await tx.update(Open311ClientRecord, { id }, { revokedAt: record.revokedAt, revokedBy: record.revokedBy });
      await audit(tx, admin, 'open311-client.revoked', id, { name: record.name, keyPrefix: record.keyPrefix });
      return viewOf(record);
    });
  }

  /** The client an api_key belongs to, when it is known and not revoked; else a 403 as GeoReport v2 has it. */
  async requireClient(apiKey: string | undefined): Promise<{ id: string; name: string }> {
    const refusal = new ProblemException(403, 'invalid-api-key', 'Not allowed', 'api_key is missing, unknown or revoked: ask the municipality for a key');
    if (!apiKey || apiKey.length > 200) throw refusal;
    const record = await this.dataSource.getRepository(Open311ClientRecord).findOneBy({ keyHash: this.hash(apiKey), revokedAt: IsNull() });
    if (!record) throw refusal;
    return { id: record.id, name: record.name };
  }

  private hash(apiKey: string): string {
    return createHmac('sha256', this.settings.hashKey).update(`open311-api-key:${apiKey}`).digest('hex');
  }
}

async function audit(tx: EntityManager, admin: Principal, action: string, targetId: string, details: Record<string, unknown>): Promise<void> {
  const entry: IntakeAdminAuditRecord = {
    id: randomUUID(),
    at: new Date(),
    actorSubject: admin.subject,
    actorUsername: admin.username,
    action,
    targetId,
    details,
  };
  await tx.save(IntakeAdminAuditRecord, entry);
}

function viewOf(record: Open311ClientRecord): Open311ClientView {
  return {
    id: record.id,
    name: record.name,
    keyPrefix: record.keyPrefix,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    revokedAt: record.revokedAt?.toISOString() ?? null,
    revokedBy: record.revokedBy,
  };
}
