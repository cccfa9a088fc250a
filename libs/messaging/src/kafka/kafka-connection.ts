import { Logger } from '@nestjs/common';
import { Admin, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { MessagingConfig } from '../messaging.config';

/**
 * The only place that builds kafkajs clients (kafkajs is unmaintained upstream: keeping it here means a
 * switch of client touches this library alone).
 */
export function createKafka(config: MessagingConfig, role: string): Kafka {
  return new Kafka({
    clientId: `loket-${config.service}-${role}`,
    brokers: config.brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 30_000 },
  });
}

export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

export function createAdmin(kafka: Kafka): Admin {
  return kafka.admin();
}

const kafkaLogger = new Logger('kafkajs');

function kafkaLogCreator() {
  return ({ level, log }: LogEntry): void => {
    const { message, ...extra } = log;
    // Retries are bounded on purpose: the relay backs off and retries itself, keeping every row.
    if (message.startsWith('Limiting retries for the idempotent producer')) return;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR || level === logLevel.NOTHING) kafkaLogger.error(line);
    else if (level === logLevel.WARN) kafkaLogger.warn(line);
    else kafkaLogger.debug(line);
  };
}
