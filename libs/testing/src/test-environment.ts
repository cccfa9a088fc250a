/** Where the test stack lives; the defaults are those of `deploy/local`. */
export function testEnvironment(env: NodeJS.ProcessEnv = process.env) {
  return {
    keycloakUrl: env['LOKET_KEYCLOAK_URL'] ?? 'http://localhost:8080',
    realm: env['LOKET_KEYCLOAK_REALM'] ?? 'loket',
    kafkaBrokers: (env['LOKET_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    mailSinkUrl: env['LOKET_MAIL_SINK_URL'] ?? 'http://127.0.0.1:8025',
    db: {
      host: env['LOKET_DB_HOST'] ?? '127.0.0.1',
      port: Number(env['LOKET_DB_PORT'] ?? 5432),
      username: env['LOKET_DB_USER'] ?? 'postgres',
      password: env['LOKET_DB_PASSWORD'] ?? '',
    },
  };
}
