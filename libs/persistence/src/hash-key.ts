/**
 * The key of the keyed hashes a service keeps instead of the values (rate-limit clients, idempotency records):
 * shared by a service's instances; required in production.
 */
export function hashKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env['LOKET_HASH_KEY'];
  if (secret) return secret;
  if (env['NODE_ENV'] === 'production') throw new Error('LOKET_HASH_KEY is required in production (the key of the hashes kept instead of client addresses and requests)');
  return 'loket-local-hash-key';
}
