import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DeadLetter } from '../inbox/dead-letter-publisher';
import { MessagingConfig } from '../messaging.config';

/**
 * Parks a dead letter in the service's own database. Idempotent per message (group, topic, partition, offset):
 * a message parked again after a crash or a failed send to `<topic>.dlq` keeps its one row.
 */
@Injectable()
export class DeadLetterStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
  ) {}

  /** Parks the letter, in the caller's transaction when one is given. */
  async park(letter: DeadLetter, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource).query(
      `INSERT INTO dead_letters (topic, partition, "offset", message_key, value, reason, attempts, consumer_group)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (consumer_group, topic, partition, "offset") DO NOTHING`,
      [letter.topic, letter.partition, letter.offset, letter.key, rawText(letter.value), letter.reason, letter.attempts, this.config.groupId],
    );
  }
}

/** The value as it travels on the topic: text as it came, anything parsed back to its JSON. */
export function rawText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}
