import { readFileSync } from 'node:fs';
import type { SASLOptions } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';

/** How a service proves who it is to the broker, and whether the connection is encrypted. */
export type KafkaSecurityProtocol = 'plaintext' | 'sasl_plaintext' | 'sasl_ssl' | 'ssl';
export const KAFKA_SECURITY_PROTOCOLS: readonly KafkaSecurityProtocol[] = ['plaintext', 'sasl_plaintext', 'sasl_ssl', 'ssl'];
export type KafkaSaslMechanism = 'scram-sha-256' | 'scram-sha-512';
const SASL_MECHANISMS: readonly KafkaSaslMechanism[] = ['scram-sha-256', 'scram-sha-512'];

export interface KafkaSecurity {
  protocol: KafkaSecurityProtocol;
  /** Present with `sasl_*`: the service's own principal (`loket-<service>` unless configured). */
  sasl?: { mechanism: KafkaSaslMechanism; username: string; password: string };
  /** Present with `*ssl`: the CA that signed the broker's certificate (the system's CAs when absent). */
  tls?: { caFile?: string; rejectUnauthorized: boolean };
}

/**
 * The development password of a local principal, used only outside production when none is configured: the
 * broker that `npm run up` and the tests start knows these (deploy/local/kafka/kafka.sh), like the demo realm's
 * users. Production refuses to start without a configured password.
 */
export function developmentKafkaPassword(username: string): string {
  return `${username}-development-only`;
}

/**
 * Reads LOKET_KAFKA_SECURITY (`plaintext`, `sasl_plaintext`, `sasl_ssl`, `ssl`), LOKET_KAFKA_SASL_MECHANISM
 * (`scram-sha-512` by default), LOKET_KAFKA_USERNAME (`loket-<service>`), LOKET_KAFKA_PASSWORD,
 * LOKET_KAFKA_TLS_CA_FILE and LOKET_KAFKA_TLS_REJECT_UNAUTHORIZED (true). With NODE_ENV=production the
 * connection must be authenticated and encrypted (`sasl_ssl`) and the password must be configured.
 */
export function kafkaSecurityFromEnv(service: string, env: NodeJS.ProcessEnv): KafkaSecurity {
  const production = env['NODE_ENV'] === 'production';
  const protocol = (env['LOKET_KAFKA_SECURITY'] ?? (production ? 'sasl_ssl' : 'plaintext')).toLowerCase() as KafkaSecurityProtocol;
  if (!KAFKA_SECURITY_PROTOCOLS.includes(protocol)) {
    throw new Error(`LOKET_KAFKA_SECURITY must be one of ${KAFKA_SECURITY_PROTOCOLS.join(', ')}, got "${env['LOKET_KAFKA_SECURITY']}"`);
  }
  if (production && protocol !== 'sasl_ssl') {
    throw new Error(`NODE_ENV=production: Kafka must be reached with SASL over TLS (LOKET_KAFKA_SECURITY=sasl_ssl), got ${protocol}`);
  }
  const security: KafkaSecurity = { protocol };
  if (protocol.startsWith('sasl')) {
    const mechanism = (env['LOKET_KAFKA_SASL_MECHANISM'] ?? 'scram-sha-512').toLowerCase() as KafkaSaslMechanism;
    if (!SASL_MECHANISMS.includes(mechanism)) {
      throw new Error(`LOKET_KAFKA_SASL_MECHANISM must be one of ${SASL_MECHANISMS.join(', ')}, got "${env['LOKET_KAFKA_SASL_MECHANISM']}"`);
    }
    const username = env['LOKET_KAFKA_USERNAME'] || `loket-${service}`;
    const configured = env['LOKET_KAFKA_PASSWORD'];
    if (!configured && production) throw new Error('NODE_ENV=production: LOKET_KAFKA_PASSWORD is required');
    security.sasl = { mechanism, username, password: configured || developmentKafkaPassword(username) };
  }
  if (protocol.endsWith('ssl')) {
    const caFile = env['LOKET_KAFKA_TLS_CA_FILE'] || undefined;
    const rejectUnauthorized = (env['LOKET_KAFKA_TLS_REJECT_UNAUTHORIZED'] ?? 'true') !== 'false';
    if (production && !rejectUnauthorized) throw new Error('NODE_ENV=production: the broker certificate must be verified');
    security.tls = { caFile, rejectUnauthorized };
  }
  return security;
}

/** The kafkajs client options for that security: `sasl` and `ssl`. */
export function kafkaClientSecurityOptions(security: KafkaSecurity | undefined): { sasl?: SASLOptions; ssl?: boolean | ConnectionOptions } {
  if (!security) return {};
  const options: { sasl?: SASLOptions; ssl?: boolean | ConnectionOptions } = {};
  if (security.sasl) {
    const { mechanism, username, password } = security.sasl;
    options.sasl = { mechanism, username, password } as SASLOptions;
  }
  if (security.tls) {
    options.ssl = {
      rejectUnauthorized: security.tls.rejectUnauthorized,
      ...(security.tls.caFile ? { ca: [readFileSync(security.tls.caFile, 'utf8')] } : {}),
    };
  }
  return options;
}
