import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { IdempotencyRecord } from './idempotency-record.entity';

export abstract class IdempotencySettings {
  /** The service's hash key (LOKET_HASH_KEY). */
  hashKey!: string;
  /** How long a key is remembered; a retry after that is a new report. */
  keepHours!: number;
}

const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,200}$/;

/**
 * Safe retries of `POST /reports`: the first request with a key claims it in the report's transaction, with its
 * answer (sealed) in the same statement, so the two commit together; the same key with the same request gets that
 * answer again, with another request a 409.
 */
@Injectable()
export class IdempotencyRecords {
  constructor(
    private readonly settings: IdempotencySettings,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The earlier answer for this key and request, or null when this request is the first: it then holds the key,
   * and `answer` is kept (sealed) for the retries that may come, committed with the report or not at all.
   */
  async claim(tx: EntityManager, key: string, request: unknown, uploadDigest: string, answer: Record<string, unknown>): Promise<Record<string, unknown> | null> {
    if (!KEY_FORMAT.test(key)) throw ProblemException.badRequest('Idempotency-Key must be 8 to 200 letters, digits or _.:-');
    const keyHash = this.hash('key', key);
    const requestHash = this.hash('request', JSON.stringify(request), uploadDigest);
    const claimed: unknown[] = await tx.query(
      `INSERT INTO idempotency_records (key_hash, request_hash, sealed_response) VALUES ($1, $2, $4)
       ON CONFLICT (key_hash) DO UPDATE SET request_hash = EXCLUDED.request_hash, sealed_response = EXCLUDED.sealed_response, created_at = now()
         WHERE idempotency_records.created_at < now() - make_interval(hours => $3)
       RETURNING key_hash`,
      [keyHash, requestHash, this.settings.keepHours, this.seal(key, answer)],
    );
    if (claimed.length > 0) return null;
    const existing = await tx.findOneByOrFail(IdempotencyRecord, { keyHash });
    if (existing.requestHash !== requestHash) throw ProblemException.conflict('This Idempotency-Key was used with a different request body');
    if (!existing.sealedResponse) throw ProblemException.conflict('A request with this Idempotency-Key is still being handled; retry in a moment');
    return this.open(key, existing.sealedResponse);
  }

  /** Forgets the keys older than the keeping time; answers how many. */
  async forgetExpired(): Promise<number> {
    const [, removed] = (await this.dataSource.query(`DELETE FROM idempotency_records WHERE created_at < now() - make_interval(hours => $1)`, [
      this.settings.keepHours,
    ])) as [unknown, number];
    return removed;
  }

  private hash(purpose: string, ...parts: string[]): string {
    const hmac = createHmac('sha256', this.settings.hashKey).update(purpose);
    for (const part of parts) hmac.update('\u0000').update(part);
    return hmac.digest('hex');
  }

  /** AES-256-GCM under a key only the client's Idempotency-Key (with the service's key) gives. */
  private sealingKey(key: string): Buffer {
    return createHmac('sha256', this.settings.hashKey).update('seal').update('\u0000').update(key).digest();
  }

  private seal(key: string, response: Record<string, unknown>): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealingKey(key), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  private open(key: string, sealed: Buffer): Record<string, unknown> {
    const decipher = createDecipheriv('aes-256-gcm', this.sealingKey(key), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')) as Record<string, unknown>;
  }
}
