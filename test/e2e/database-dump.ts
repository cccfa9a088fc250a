import { execFileSync } from 'node:child_process';
import { testEnvironment } from '@loket/testing';

/** Everything a database holds, as SQL text (pg_dump --data-only), to search for what must not be there. */
export function dumpDatabase(database: string): string {
  const { host, port, username } = testEnvironment().db;
  return execFileSync('pg_dump', ['-h', host, '-p', String(port), '-U', username, '--data-only', database], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}
