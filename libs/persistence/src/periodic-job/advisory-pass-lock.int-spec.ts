import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseConfigFromEnv, DatabaseConfig } from '../database.config';
import { dropDatabase, ensureDatabase } from '../ensure-database';
import { serviceDataSourceOptions } from '../service-data-source';
import { AdvisoryPassLock } from './advisory-pass-lock';
import { PeriodicJob } from './periodic-job';

const quiet = { log: () => undefined, warn: () => undefined };

/** A promise the test resolves by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * Once across instances on the real PostgreSQL: each "instance" is a data source of its own (its own pool, as two
 * processes of a service would have) on one scratch database, each with its own PeriodicJob of the same job.
 */
describe('PeriodicJob with AdvisoryPassLock (real PostgreSQL)', () => {
  let config: DatabaseConfig;
  let instances: DataSource[];

  beforeAll(async () => {
    const name = `loket_periodic_job_test_${randomBytes(4).toString('hex')}`;
    config = databaseConfigFromEnv('periodic_job', { ...process.env, LOKET_PERIODIC_JOB_DB_NAME: name });
    await ensureDatabase(config);
    instances = await Promise.all([1, 2].map(() => new DataSource(serviceDataSourceOptions(config, { entities: [], migrations: [] })).initialize()));
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map((db) => db.destroy()));
    await dropDatabase(config);
  });

  const jobOn = (db: DataSource, name: string, pass: () => Promise<void>, everyMs = 0) =>
    new PeriodicJob({ name, everyMs, pass, failing: `could not run ${name}`, logger: quiet, lock: new AdvisoryPassLock(db) });

  it('two instances asked for a pass of the same job at the same moment: exactly one does it', async () => {
    const holding = gate();
    let passes = 0;
    const pass = async () => {
      passes++;
      await holding.opened; // the pass is still under way when the other instance asks
    };
    const [a, b] = instances.map((db) => jobOn(db, 'test.same-moment', pass));
    const outcomes = [a!.runPass(), b!.runPass()];
    expect(await Promise.race(outcomes)).toBe('held-elsewhere');
    holding.open();
    expect((await Promise.all(outcomes)).sort()).toEqual(['done', 'held-elsewhere']);
    expect(passes).toBe(1);

    // The lock went with the pass: the next pass is anyone's.
    expect(await b!.runPass()).toBe('done');
    expect(await a!.runPass()).toBe('done');
    expect(passes).toBe(3);
  });

  it('lets the other instance in after a failed pass, and never keeps two different jobs from each other', async () => {
    const [a, b] = instances;
    expect(await jobOn(a!, 'test.failing', () => Promise.reject(new Error('boom'))).runPass()).toBe('failed');
    expect(await jobOn(b!, 'test.failing', async () => undefined).runPass()).toBe('done');

    const holding = gate();
    const both = [jobOn(a!, 'test.one', () => holding.opened).runPass(), jobOn(b!, 'test.other', () => holding.opened).runPass()];
    holding.open();
    expect(await Promise.all(both)).toEqual(['done', 'done']);
  });

  it('frees the job at once when the instance holding it dies in the middle of a pass', async () => {
    const [a, b] = instances;
    const holding = gate();
    const stuck = jobOn(a!, 'test.dies', () => holding.opened).runPass();
    const other = jobOn(b!, 'test.dies', async () => undefined);
    await waitFor(async () => (await lockHolders(b!, 'test.dies')) === 1);
    expect(await other.runPass()).toBe('held-elsewhere');

    // The instance is gone: its session ends, with the lock.
    await b!.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'loket-job:test.dies'`);
    await waitFor(async () => (await lockHolders(b!, 'test.dies')) === 0);
    expect(await other.runPass()).toBe('done');
    holding.open();
    await stuck;
  });

  it('on timers in both instances, the passes of one job never overlap across them', async () => {
    let underWay = 0;
    let mostAtOnce = 0;
    let passes = 0;
    const pass = async () => {
      underWay++;
      mostAtOnce = Math.max(mostAtOnce, underWay);
      await new Promise((resolve) => setTimeout(resolve, 15));
      underWay--;
      passes++;
    };
    const jobs = instances.map((db) => jobOn(db, 'test.timers', pass, 5));
    jobs.forEach((job) => job.start());
    await waitFor(async () => passes >= 20);
    await Promise.all(jobs.map((job) => job.stop()));
    expect(mostAtOnce).toBe(1);
  });

  async function lockHolders(db: DataSource, job: string): Promise<number> {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = $1`,
      [`loket-job:${job}`],
    );
    return n;
  }
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
