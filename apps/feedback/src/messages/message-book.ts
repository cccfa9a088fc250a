import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MessageTextCipher } from './message-text';
import { MessageRecord } from './message.entity';
import { PlannedMessage } from './plan-message';

/**
 * Writes planned messages. A message that exists already for the same reporter, trigger and stage is left
 * alone (unique key, `ON CONFLICT DO NOTHING`): a redelivered or replayed event sends nothing twice.
 */
@Injectable()
export class MessageBook {
  constructor(private readonly texts: MessageTextCipher) {}

  /** Returns how many were new. */
  async write(tx: EntityManager, planned: readonly PlannedMessage[]): Promise<number> {
    if (planned.length === 0) return 0;
    const rows = planned.map((message) => {
      const id = randomUUID();
      const email = message.channel === 'email';
      return {
        id,
        reportId: message.reportId,
        reporterRef: message.reporterRef,
        caseId: message.caseId,
        triggerEventId: message.triggerEventId,
        stage: message.stage,
        level: message.level,
        channel: message.channel,
        language: message.language,
        subject: this.texts.seal(id, 'subject', message.subject),
        body: this.texts.seal(id, 'body', message.body),
        status: email ? ('pending' as const) : ('page' as const),
        attempts: 0,
        nextAttemptAt: email ? new Date() : null,
        lastError: null,
        sentAt: null,
        occurredAt: message.occurredAt,
        replyTo: message.replyTo ?? null,
      };
    });
    const result = await tx.createQueryBuilder().insert().into(MessageRecord).values(rows).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length;
  }

  /** A reporter's own messages, oldest first, subject and body opened. */
  async ofReport(tx: EntityManager, reportId: string) {
    const records = await tx.find(MessageRecord, { where: { reportId }, order: { occurredAt: 'ASC', createdAt: 'ASC' } });
    return records.map((r) => ({ ...r, subject: this.texts.open(r.id, 'subject', r.subject), body: this.texts.open(r.id, 'body', r.body) }));
  }
}
