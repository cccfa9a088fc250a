/**
 * Errors that say a dependency is unreachable rather than that the message is bad. Such a message is not
 * dead-lettered: the consumer stops and Kafka redelivers it once the database answers again.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// connection exception, admin shutdown/crash, insufficient resources, database does not exist (yet/any more)
const POSTGRES_UNAVAILABLE = /^(08|57P0|53|3D000)/;

export function isInfrastructureFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const driverCode = (error as { driverError?: { code?: unknown } }).driverError?.code;
  for (const c of [code, driverCode]) {
    if (typeof c === 'string' && (CONNECTION_CODES.has(c) || POSTGRES_UNAVAILABLE.test(c))) return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message);
}
