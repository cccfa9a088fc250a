import { Kafka, KafkaConfig, logLevel } from 'kafkajs';
import { developmentKafkaPassword } from '@loket/messaging';
import { testEnvironment } from './test-environment';

/**
 * A test's own kafkajs client (probes, publishers of another service's events, topic admin). On a broker with
 * SASL it signs in as the super user, which may read and write every topic and create test topics; the
 * services themselves connect as their own principals (serviceKafkaEnv), whose rights are what is under test.
 */
export function testKafka(clientId: string, brokers: string[] = testEnvironment().kafkaBrokers, config: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({ logLevel: logLevel.NOTHING, ...config, clientId, brokers, ...testKafkaSecurityOptions() });
}

/** kafkajs `sasl` for the super user when the tests' broker takes SASL; nothing for plaintext. */
export function testKafkaSecurityOptions(): Pick<KafkaConfig, 'sasl'> {
  const { security, admin } = testEnvironment().kafka;
  return security.startsWith('sasl') ? { sasl: { mechanism: 'scram-sha-512', ...admin } } : {};
}

/** For `messagingConfigFromEnv` in a test's own client (not a service): the tests' broker, as the super user. */
export function testMessagingEnv(): NodeJS.ProcessEnv {
  const { brokers, security, admin } = testEnvironment().kafka;
  return { LOKET_KAFKA_BROKERS: brokers.join(','), LOKET_KAFKA_SECURITY: security, LOKET_KAFKA_USERNAME: admin.username, LOKET_KAFKA_PASSWORD: admin.password };
}

/**
 * What a service started by a test connects as: its own principal `loket-<service>` with the development
 * password the local broker knows (never the super user, even when the test's own environment names it).
 */
export function serviceKafkaEnv(service: string): NodeJS.ProcessEnv {
  const { security } = testEnvironment().kafka;
  const username = `loket-${service}`;
  return { LOKET_KAFKA_SECURITY: security, LOKET_KAFKA_USERNAME: username, LOKET_KAFKA_PASSWORD: developmentKafkaPassword(username) };
}
