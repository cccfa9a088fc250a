/**
 * Grants Loket's services their access on the local broker (run by kafka.sh when it starts one with SASL):
 * each service may write only the topics it owns and read only those it consumes (libs/contracts TOPIC_ACCESS).
 * Signs in as the broker's super user: LOKET_KAFKA_ADMIN_USER / LOKET_KAFKA_ADMIN_PASSWORD.
 */
import { grantKafkaAccess, kafkaAdminClient } from '@loket/messaging';

async function main(): Promise<void> {
  const user = process.env['LOKET_KAFKA_ADMIN_USER'] || 'loket-admin';
  const admin = kafkaAdminClient({
    brokers: (process.env['LOKET_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    username: user,
    password: process.env['LOKET_KAFKA_ADMIN_PASSWORD'] || `${user}-development-only`,
  });
  await admin.connect();
  try {
    const { granted, revoked } = await grantKafkaAccess(admin);
    console.log(`access control lists: ${granted} granted, ${revoked} revoked`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
