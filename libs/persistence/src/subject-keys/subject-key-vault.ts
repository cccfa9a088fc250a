import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../database.config';
import { ensureDatabase } from '../ensure-database';
import { serviceDataSourceOptions } from '../service-data-source';
import { SubjectKeys1798200000000 } from './subject-keys.migration';

/** A subject's key, or `forgotten` once it has been destroyed. */
export type VaultKey = Buffer | 'forgotten';

const KEY_BYTES = 32;
const CACHED_KEYS = 10_000;
/** Its own advisory lock space ('skey'), so that services starting together migrate the vault one at a time. */
const MIGRATION_LOCK = [0x736b6579, 1] as const;

/**
 * The keys that personal fields travel under on the bus, one per subject (a report), in a database of their own
 * that every service reaches (`LOKET_KEYS_DB_NAME`, `loket_keys` by default). Forgetting a subject destroys its
 * key: every copy of what was sealed under it — in topics, dead-letter topics, the broker's files — can no
 * longer be read, and readers treat it as forgotten.
 *
 * Keys are cached in the process for writing only; reading always asks the vault (within one consumer batch, once
 * for all its messages): reading after a key was destroyed must find it gone. (A writer that seals with a cached key
 * that was destroyed meanwhile writes what no one can read, which is what forgetting asks.)
 */
export class SubjectKeyVault {
  private readonly writerCache = new Map<string, Buffer>();

  private constructor(private readonly dataSource: DataSource) {}

  /** Connects, creating the database and its table when they do not exist yet. */
  static async open(config: DatabaseConfig): Promise<SubjectKeyVault> {
    await ensureDatabase(config);
    const options = serviceDataSourceOptions(config, { entities: [], migrations: [SubjectKeys1798200000000] });
    const dataSource = await new DataSource({ ...options, extra: { max: 5, connectionTimeoutMillis: 5000 } }).initialize();
    try {
      await migrateOneAtATime(dataSource);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    return new SubjectKeyVault(dataSource);
  }

  /** The key to seal a subject's fields with: made on first use. */
  async keyFor(subject: string): Promise<VaultKey> {
    const cached = this.writerCache.get(subject);
    if (cached) return cached;
    for (let attempt = 0; attempt < 2; attempt++) {
      const rows: { key: Buffer | null }[] = await this.dataSource.query(
        `WITH made AS (
           INSERT INTO subject_keys (subject, key) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING RETURNING key
         )
         SELECT key FROM made UNION ALL SELECT key FROM subject_keys WHERE subject = $1`,
        [subject, randomBytes(KEY_BYTES)],
      );
      const [row] = rows;
      // none only when another writer made the key at the same moment, unseen by this statement's snapshot
      if (!row) continue;
      const key = row.key;
      if (key === null) return 'forgotten';
      this.remember(subject, key);
      return key;
    }
    throw new Error(`the key of subject ${subject} could not be made or read`);
  }

  /** The key to open a subject's fields with; undefined when the subject never had one. */
  async keyOf(subject: string): Promise<VaultKey | undefined> {
    const rows: { key: Buffer | null }[] = await this.dataSource.query('SELECT key FROM subject_keys WHERE subject = $1', [subject]);
    const [row] = rows;
    if (!row) return undefined;
    if (row.key) this.remember(subject, row.key); // a writer may seal with it next (routing: case.opened)
    return row.key ?? 'forgotten';
  }

  /** The keys of several subjects in one query: a subject that never had one is not in the answer. */
  async keysOf(subjects: readonly string[]): Promise<Map<string, VaultKey>> {
    const keys = new Map<string, VaultKey>();
    if (subjects.length === 0) return keys;
    const rows: { subject: string; key: Buffer | null }[] = await this.dataSource.query(
      'SELECT subject, key FROM subject_keys WHERE subject = ANY($1)',
      [[...new Set(subjects)]],
    );
    for (const row of rows) {
      keys.set(row.subject, row.key ?? 'forgotten');
      if (row.key) this.remember(row.subject, row.key);
    }
    return keys;
  }

  /**
   * Destroys the subjects' keys (a subject without one yet is marked forgotten too, so none is made later).
   * Idempotent; answers how many keys were destroyed by this call.
   */
  async forget(subjects: readonly string[]): Promise<number> {
    if (subjects.length === 0) return 0;
    for (const subject of subjects) this.writerCache.delete(subject);
    const rows: { destroyed: number }[] = await this.dataSource.query(
      `WITH destroyed AS (
         UPDATE subject_keys SET key = NULL, forgotten_at = now() WHERE subject = ANY($1) AND key IS NOT NULL RETURNING subject
       ), tombstones AS (
         INSERT INTO subject_keys (subject, key, forgotten_at) SELECT s, NULL, now() FROM unnest($1::varchar[]) AS s
         ON CONFLICT (subject) DO NOTHING
       )
       SELECT count(*)::int AS destroyed FROM destroyed`,
      [[...new Set(subjects)]],
    );
    return rows[0]?.destroyed ?? 0;
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private remember(subject: string, key: Buffer): void {
    if (this.writerCache.size >= CACHED_KEYS) this.writerCache.delete(this.writerCache.keys().next().value as string);
    this.writerCache.set(subject, key);
  }
}

async function migrateOneAtATime(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
