import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { deadLetterTopicOf } from '@loket/contracts';
import { createIdempotentProducer, createKafka } from '../kafka/kafka-connection';
import { rawText } from '../dead-letters/dead-letter-store';
import { MessagingConfig } from '../messaging.config';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: unknown;
  reason: string;
  attempts: number;
}

/** Sends a message its consumer gave up on to `<topic>.dlq`, with the reason, so it is never silently lost. */
@Injectable()
export class DeadLetterPublisher implements OnApplicationShutdown {
  private readonly producer: Producer;
  private connected: Promise<void> | null = null;

  constructor(private readonly config: MessagingConfig) {
    this.producer = createIdempotentProducer(createKafka(config, 'dead-letters'));
  }

  async send(letter: DeadLetter): Promise<void> {
    this.connected ??= this.producer.connect().catch((error) => {
      this.connected = null;
      throw error;
    });
    await this.connected;
    await this.producer.send({
      topic: deadLetterTopicOf(letter.topic),
      acks: -1,
      messages: [
        {
          key: letter.key,
          value: rawText(letter.value),
          headers: {
            'dlq-reason': letter.reason.slice(0, 2000),
            'dlq-original-topic': letter.topic,
            'dlq-original-partition': String(letter.partition),
            'dlq-original-offset': letter.offset,
            'dlq-attempts': String(letter.attempts),
            'dlq-consumer': this.config.groupId,
            'dlq-failed-at': new Date().toISOString(),
          },
        },
      ],
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}
