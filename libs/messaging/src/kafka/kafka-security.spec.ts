import { kafkaClientSecurityOptions, kafkaSecurityFromEnv } from './kafka-security';

describe('kafkaSecurityFromEnv', () => {
  it('is plaintext outside production when nothing is configured', () => {
    expect(kafkaSecurityFromEnv('intake', {})).toEqual({ protocol: 'plaintext' });
    expect(kafkaClientSecurityOptions(kafkaSecurityFromEnv('intake', {}))).toEqual({});
  });

  it("signs in as the service's own principal with SCRAM-SHA-512, the development password unless one is configured", () => {
    expect(kafkaSecurityFromEnv('routing', { LOKET_KAFKA_SECURITY: 'sasl_plaintext' })).toEqual({
      protocol: 'sasl_plaintext',
      sasl: { mechanism: 'scram-sha-512', username: 'loket-routing', password: 'loket-routing-development-only' },
    });
    const configured = kafkaSecurityFromEnv('routing', {
      LOKET_KAFKA_SECURITY: 'SASL_PLAINTEXT',
      LOKET_KAFKA_SASL_MECHANISM: 'scram-sha-256',
      LOKET_KAFKA_USERNAME: 'routing-prod',
      LOKET_KAFKA_PASSWORD: 's3cret',
    });
    expect(kafkaClientSecurityOptions(configured)).toEqual({ sasl: { mechanism: 'scram-sha-256', username: 'routing-prod', password: 's3cret' } });
  });

  it('encrypts with sasl_ssl, verifying the broker certificate by default', () => {
    const security = kafkaSecurityFromEnv('feedback', { LOKET_KAFKA_SECURITY: 'sasl_ssl', LOKET_KAFKA_PASSWORD: 'x' });
    expect(security.tls).toEqual({ caFile: undefined, rejectUnauthorized: true });
    expect(kafkaClientSecurityOptions(security).ssl).toEqual({ rejectUnauthorized: true });
  });

  it('refuses what production must not run with', () => {
    expect(() => kafkaSecurityFromEnv('intake', { NODE_ENV: 'production', LOKET_KAFKA_PASSWORD: 'x', LOKET_KAFKA_SECURITY: 'plaintext' })).toThrow(/sasl_ssl/);
    expect(() => kafkaSecurityFromEnv('intake', { NODE_ENV: 'production' })).toThrow(/LOKET_KAFKA_PASSWORD is required/);
    expect(() =>
      kafkaSecurityFromEnv('intake', { NODE_ENV: 'production', LOKET_KAFKA_PASSWORD: 'x', LOKET_KAFKA_TLS_REJECT_UNAUTHORIZED: 'false' }),
    ).toThrow(/certificate must be verified/);
    expect(kafkaSecurityFromEnv('intake', { NODE_ENV: 'production', LOKET_KAFKA_PASSWORD: 'x' }).protocol).toBe('sasl_ssl');
  });

  it('names what is wrong with a bad setting', () => {
    expect(() => kafkaSecurityFromEnv('intake', { LOKET_KAFKA_SECURITY: 'kerberos' })).toThrow(/LOKET_KAFKA_SECURITY must be one of/);
    expect(() => kafkaSecurityFromEnv('intake', { LOKET_KAFKA_SECURITY: 'sasl_plaintext', LOKET_KAFKA_SASL_MECHANISM: 'plain' })).toThrow(
      /LOKET_KAFKA_SASL_MECHANISM must be one of/,
    );
  });
});
