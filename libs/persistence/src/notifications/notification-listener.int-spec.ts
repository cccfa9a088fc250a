import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseConfigFromEnv, DatabaseConfig } from '../database.config';
import { dropDatabase, ensureDatabase } from '../ensure-database';
import { serviceDataSourceOptions } from '../service-data-source';
import { NotificationListener } from './notification-listener';

const CHANNEL = 'loket_listener_test';

async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The listener on the real PostgreSQL: what commits is heard, what rolls back is not, a killed session comes back. */
describe('NotificationListener (real PostgreSQL)', () => {
  let config: DatabaseConfig;
  let db: DataSource;
  let listener: NotificationListener;
  let heard = 0;
  const warnings: string[] = [];

  beforeAll(async () => {
    const name = `loket_listener_test_${randomBytes(4).toString('hex')}`;
    config = databaseConfigFromEnv('listener', { ...process.env, LOKET_LISTENER_DB_NAME: name });
    await ensureDatabase(config);
    db = await new DataSource(serviceDataSourceOptions(config, { entities: [], migrations: [] })).initialize();
    listener = new NotificationListener(db, {
      channel: CHANNEL,
      heard: () => heard++,
      logger: { log: () => undefined, warn: (line) => warnings.push(line) },
      retryMs: 100,
    });
  });
  afterAll(async () => {
    await listener?.stop();
    await db?.destroy();
    await dropDatabase(config);
  });

  const listenerPid = async (): Promise<number | undefined> =>
    (
      (await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = $1`, [`LISTEN ${CHANNEL}`])) as { pid: number }[]
    )[0]?.pid;

  it('counts starting to listen as heard, then hears a NOTIFY when its transaction commits, never one rolled back', async () => {
    await listener.start();
    expect(listener.listening).toBe(true);
    expect(heard).toBe(1);

    await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heard).toBe(1); // not before the commit
    });
    await eventually(() => heard === 2);

    await db
      .transaction(async (tx) => {
        await tx.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await db.query(`SELECT pg_notify('some_other_channel', '')`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toBe(2);
  });

  it('listens again after its session is killed, counts that as heard, and hears what follows', async () => {
    const before = await listenerPid();
    expect(before).toBeDefined();
    const heardBefore = heard;
    await db.query(`SELECT pg_terminate_backend($1)`, [before]);
    await eventually(() => heard === heardBefore + 1 && listener.listening);
    const after = await listenerPid();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(warnings.some((line) => line.startsWith(`no longer hears ${CHANNEL}, listening again in 100 ms`))).toBe(true);

    await db.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
    await eventually(() => heard === heardBefore + 2);
  });

  it('hears nothing once stopped, and gives its connection up', async () => {
    await listener.stop();
    expect(listener.listening).toBe(false);
    const heardBefore = heard;
    await db.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toBe(heardBefore);
    expect(await listenerPid()).toBeUndefined();
  });
});
