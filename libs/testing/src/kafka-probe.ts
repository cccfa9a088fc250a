import { randomUUID } from 'node:crypto';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { testKafka } from './test-kafka';
import { CONSUMER_MAX_WAIT_MS } from '@loket/messaging';

export interface ProbedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  /** The record's timestamp: when its producer sent it (CreateTime), in ms. */
  timestamp: number;
  /** When this probe received it, in ms. */
  receivedAt: number;
}

/** Reads topics from the beginning with a throw-away consumer group and keeps everything it sees (as the super user). */
export class KafkaProbe {
  readonly messages: ProbedMessage[] = [];
  private readonly consumer: Consumer;

  private constructor(kafka: Kafka) {
    this.consumer = kafka.consumer({ groupId: `probe-${randomUUID()}`, allowAutoTopicCreation: false, maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS });
  }

  static async start(topics: string[]): Promise<KafkaProbe> {
    const kafka = testKafka('loket-test-probe');
    const probe = new KafkaProbe(kafka);
    await probe.consumer.connect();
    await probe.consumer.subscribe({ topics, fromBeginning: true });
    await probe.consumer.run({ eachMessage: async (payload) => probe.keep(payload) });
    return probe;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private keep({ topic, partition, message }: EachMessagePayload): void {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
    this.messages.push({
      topic,
      partition,
      offset: message.offset,
      key: message.key?.toString() ?? null,
      value: message.value?.toString() ?? '',
      headers,
      timestamp: Number(message.timestamp),
      receivedAt: Date.now(),
    });
  }
}
