import { createHash } from 'node:crypto';
import { Client, ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { PassLock } from './periodic-job';

/**
 * Once across instances, with a PostgreSQL advisory lock named after the job, in the service's own database
 * (advisory locks are per database, so the same job name in two services' databases does not collide).
 *
 * Why a session lock (`pg_try_advisory_lock`) rather than `pg_try_advisory_xact_lock`: most passes are many
 * transactions (the SLA watch and retention commit a batch at a time, so that no transaction grows with the
 * backlog), and a transaction-scoped lock would let a second instance in between two batches. So the lock is
 * held for the whole pass.
 *
 * Why a connection of its own for each pass, outside the service's pool: the lock ends with that session, so
 * closing it releases the lock whatever happened (no explicit unlock that could fail and leave a pooled
 * connection holding the job's lock for ever), an instance that dies mid-pass frees the job for the others at
 * once, and the pass's own work can use the whole pool. If the lock's connection breaks mid-pass, another
 * instance may start before this pass ends: the jobs keep their row claims (`FOR UPDATE SKIP LOCKED`, re-checks)
 * as a second line for that moment.
 */
export class AdvisoryPassLock implements PassLock {
  constructor(private readonly dataSource: DataSource) {}

  async whileHeld(name: string, pass: () => Promise<void>): Promise<boolean> {
    const session = new Client(sessionOptions(this.dataSource, name));
    // A lost connection is reported on the client; without a listener it would bring the process down.
    session.on('error', () => undefined);
    await session.connect();
    try {
      const { rows } = await session.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS held', [advisoryLockKey(name)]);
      if (!rows[0]?.held) return false;
      await pass();
      return true;
    } finally {
      await session.end().catch(() => undefined);
    }
  }
}

/** The 64-bit key of a job's lock: the first 8 bytes of SHA-256 of its name, as PostgreSQL's signed bigint. */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(`loket.periodic-job:${name}`).digest().readBigInt64BE(0).toString();
}

function sessionOptions(dataSource: DataSource, name: string): ClientConfig {
  if (dataSource.options.type !== 'postgres') throw new Error(`a pass lock needs PostgreSQL, not ${dataSource.options.type}`);
  const options = dataSource.options as PostgresConnectionOptions;
  return {
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    // TypeORM hands these very options to the same driver.
    ssl: options.ssl as ClientConfig['ssl'],
    // Seen in pg_stat_activity as the holder of the job's lock.
    application_name: `loket-job:${name}`.slice(0, 63),
    connectionTimeoutMillis: 5_000,
  };
}
