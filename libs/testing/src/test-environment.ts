import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { developmentKafkaPassword, KafkaSecurityProtocol } from '@loket/messaging';

const ROOT = resolve(__dirname, '../../..');

/** Where the test stack lives; the defaults are those of `deploy/local`. */
export function testEnvironment(env: NodeJS.ProcessEnv = process.env) {
  const kafkaBrokers = (env['LOKET_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const adminUser = env['LOKET_KAFKA_ADMIN_USER'] || 'loket-admin';
  return {
    keycloakUrl: env['LOKET_KEYCLOAK_URL'] ?? 'http://localhost:8080',
    realm: env['LOKET_KEYCLOAK_REALM'] ?? 'loket',
    kafkaBrokers,
    kafka: {
      brokers: kafkaBrokers,
      security: testKafkaSecurity(env),
      /** The broker's super user: what a test's own clients connect as (services connect as themselves). */
      admin: { username: adminUser, password: env['LOKET_KAFKA_ADMIN_PASSWORD'] || developmentKafkaPassword(adminUser) },
    },
    mailSinkUrl: env['LOKET_MAIL_SINK_URL'] ?? 'http://127.0.0.1:8025',
    db: {
      host: env['LOKET_DB_HOST'] ?? '127.0.0.1',
      port: Number(env['LOKET_DB_PORT'] ?? 5432),
      username: env['LOKET_DB_USER'] ?? 'postgres',
      password: env['LOKET_DB_PASSWORD'] ?? '',
    },
  };
}

/**
 * How the tests' broker is reached: LOKET_KAFKA_SECURITY when set; else, for the local broker of
 * `deploy/local` (LOKET_KAFKA_BROKERS unset), the mode kafka.sh formatted it in (its data directory records it;
 * data formatted before that record existed is plaintext); else SASL, the local default.
 */
export function testKafkaSecurity(env: NodeJS.ProcessEnv = process.env): KafkaSecurityProtocol {
  const configured = env['LOKET_KAFKA_SECURITY'];
  if (configured) return configured.toLowerCase() as KafkaSecurityProtocol;
  if (env['LOKET_KAFKA_BROKERS']) return 'sasl_plaintext';
  const data = join(env['LOKET_LOCAL_DIR'] || join(ROOT, '.local'), 'data/kafka');
  if (existsSync(join(data, 'security'))) return readFileSync(join(data, 'security'), 'utf8').trim() as KafkaSecurityProtocol;
  return existsSync(join(data, 'kraft-combined-logs/meta.properties')) ? 'plaintext' : 'sasl_plaintext';
}
