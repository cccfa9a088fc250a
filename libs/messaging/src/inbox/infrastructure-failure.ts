/**
 * Errors that say a dependency is unreachable, overloaded or briefly in the way, rather than that the message
 * is bad. Such a message is never dead-lettered: its partition waits and the message is tried again, as often
 * as it takes, once the database (or the broker) answers again.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
/**
 * PostgreSQL SQLSTATEs: 08 connection exception; 53 insufficient resources (e.g. too many clients);
 * 57P0x admin/crash shutdown, cannot connect now (starting up); 57014 statement timeout or cancel;
 * 3D000 database does not exist (yet/any more); 40001 serialization failure; 40P01 deadlock;
 * 55P03 lock not available (lock timeout).
 */
const POSTGRES_TRANSIENT = /^(08|53|57P0|57014|3D000|40001|40P01|55P03)/;
const TRANSIENT_MESSAGES = new RegExp(
  [
    'Connection terminated',
    'connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'Client was closed and is not queryable',
    'terminating connection',
    'the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)',
    'sorry, too many clients',
    'Connection refused',
    'is not currently accepting connections',
  ].join('|'),
  'i',
);

export function isInfrastructureFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const driverCode = (error as { driverError?: { code?: unknown } }).driverError?.code;
  for (const c of [code, driverCode]) {
    if (typeof c === 'string' && (CONNECTION_CODES.has(c) || POSTGRES_TRANSIENT.test(c))) return true;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && cause !== error && isInfrastructureFailure(cause)) return true;
  return TRANSIENT_MESSAGES.test(error.message);
}
