import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@loket/http';
import { FieldCipher } from '../crypto/field-cipher';
import { SubjectKeys } from '../reporters/subject-keys';
import { DigestSubscriptionRecord } from './digest-subscription.entity';

export const DAY_MS = 86_400_000;

/** The key the one-click unsubscribe tokens are signed with (LOKET_HASH_KEY). */
export abstract class DigestTokenKey {
  abstract readonly hashKey: string;
}

export interface DigestSubscription {
  areaId: string;
  email: string;
  language: 'nl' | 'en';
  since: string;
}

/**
 * Who gets the daily neighbourhood digest: one subscription per signed-in person, found by their keyed subject; the
 * address sealed at rest. The first digest covers the day after subscribing. An unsubscribe token is the
 * subscription's id signed with the service's key: it stops exactly that subscription, with one click.
 */
@Injectable()
export class DigestSubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subjectKeys: SubjectKeys,
    private readonly cipher: FieldCipher,
    private readonly key: DigestTokenKey,
  ) {}

  async of(subject: string): Promise<DigestSubscription | null> {
    const record = await this.dataSource.manager.findOneBy(DigestSubscriptionRecord, { subjectKey: this.subjectKeys.of(subject) });
    return record ? this.view(record) : null;
  }

  async subscribe(subject: string, request: { areaId: string; email: string; language: 'nl' | 'en' }, now: Date = new Date()): Promise<DigestSubscription> {
    const subjectKey = this.subjectKeys.of(subject);
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.findOne(DigestSubscriptionRecord, { where: { subjectKey }, lock: { mode: 'pessimistic_write' } });
      const id = existing?.id ?? randomUUID();
      const email = this.cipher.encrypt(request.email.trim(), `digest:${id}:email`);
      const sameArea = existing?.areaId === request.areaId;
      const record: DigestSubscriptionRecord = {
        id,
        subjectKey,
        email,
        areaId: request.areaId,
        language: request.language,
        createdAt: existing?.createdAt ?? now,
        // Another area starts afresh from now; the same area keeps its place in the day.
        coveredUntil: sameArea && existing ? existing.coveredUntil : now,
        nextDueAt: sameArea && existing ? existing.nextDueAt : new Date(now.getTime() + DAY_MS),
      };
      await tx.save(DigestSubscriptionRecord, record);
      return this.view(record);
    });
  }

  /** Stops the signed-in person's digest; false when there was none. */
  async unsubscribe(subject: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(DigestSubscriptionRecord, { subjectKey: this.subjectKeys.of(subject) });
    return (result.affected ?? 0) > 0;
  }

  /** The one-click way out; the same 404 for a forged token and one already used. */
  async unsubscribeByToken(token: string): Promise<void> {
    const id = this.idOf(token);
    const result = id ? await this.dataSource.manager.delete(DigestSubscriptionRecord, { id }) : null;
    if (!result?.affected) throw ProblemException.notFound('This link stops no digest: it was used already, or it is not a link from a digest');
  }

  tokenFor(id: string): string {
    return `${id}.${this.signature(id)}`;
  }

  openEmail(record: DigestSubscriptionRecord): string {
    return this.cipher.decrypt(record.email, `digest:${record.id}:email`);
  }

  private idOf(token: string): string | null {
    const [id, signature] = token.split('.');
    if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const expected = Buffer.from(this.signature(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  private signature(id: string): string {
    return createHmac('sha256', this.key.hashKey).update(`neighbourhood-digest:${id}`).digest('base64url');
  }

  private view(record: DigestSubscriptionRecord): DigestSubscription {
    return { areaId: record.areaId, email: this.openEmail(record), language: record.language as 'nl' | 'en', since: record.createdAt.toISOString() };
  }
}
