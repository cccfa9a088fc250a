import { Logger } from '@nestjs/common';
import { Admin, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { MessagingConfig } from '../messaging.config';
import { kafkaClientSecurityOptions } from './kafka-security';

/**
 * The only place that builds kafkajs clients (kafkajs is unmaintained upstream: keeping it here means a
 * switch of client touches this library alone).
 */
export function createKafka(config: MessagingConfig, role: string): Kafka {
  return new Kafka({
    clientId: `loket-${config.service}-${role}`,
    brokers: config.brokers,
    ...kafkaClientSecurityOptions(config.security),
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

/**
 * An admin client outside any service: the local broker's super user (tools/kafka/grant-access.ts) or
 * a test that checks what a principal may do. Plaintext when no user name is given.
 */
export function kafkaAdminClient(options: { brokers: string[]; username?: string; password?: string; clientId?: string }): Admin {
  return new Kafka({
    clientId: options.clientId ?? 'loket-admin-tool',
    brokers: options.brokers,
    ...(options.username ? { sasl: { mechanism: 'scram-sha-512', username: options.username, password: options.password ?? '' } } : {}),
    logLevel: logLevel.NOTHING,
  }).admin();
}
