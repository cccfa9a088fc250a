import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase } from '@loket/persistence';
import { testEnvironment, testKafkaSecurityOptions, testMessagingEnv } from '@loket/testing';
import type { LoadTarget, Offered } from '../load-phases';

const ROOT = resolve(__dirname, '../../..');
const HOPS = 4;
/** About the size of a report.submitted envelope. */
const BODY = 'Er staat al dagen grofvuil naast de container bij de ingang van de flat. '.repeat(8);

/**
 * The bare pipeline that `pipeline.baseline_reports_per_s` measures: what Kafka and PostgreSQL on this machine
 * allow for Loket's hops with nothing of Loket in between. A source produces events (idempotent producer) to a
 * topic; four hops, each a process of its own (bare-hop.ts), consume one topic and produce to the next through
 * an inbox row, a state row and an outbox row per event in PostgreSQL; the bench consumes the last topic and an
 * event is complete when it arrives there. Its own database (`loket_bench_baseline_<id>`) and its own topics
 * (`bench.baseline.<id>.<n>`) on the given broker; both removed by `stop()`.
 */
export class BarePipeline implements LoadTarget {
  private readonly sentAt = new Map<string, number>();
  private readonly arrivedAt = new Map<string, number>();

  private constructor(
    readonly database: string,
    private readonly topics: string[],
    private readonly kafka: Kafka,
    private readonly hops: ChildProcess[],
    private readonly source: Producer,
    private readonly sink: Consumer,
  ) {}

  static async start(brokers: string, partitions: number): Promise<BarePipeline> {
    const id = randomBytes(4).toString('hex');
    const database = `loket_bench_baseline_${id}`;
    const topics = Array.from({ length: HOPS + 1 }, (_, n) => `bench.baseline.${id}.${n}`);
    const db = { ...testEnvironment().db, database };
    await ensureDatabase(db);
    const client = new Client({ host: db.host, port: db.port, user: db.username, password: db.password, database });
    await client.connect();
    for (let hop = 1; hop <= HOPS; hop++) {
      // The shapes of Loket's own inbox and outbox (libs/messaging) and of a service's state row.
      await client.query(`CREATE TABLE hop${hop}_inbox (event_id uuid PRIMARY KEY, processed_at timestamptz NOT NULL DEFAULT now())`);
      await client.query(`CREATE TABLE hop${hop}_state (report_id uuid PRIMARY KEY, body text NOT NULL, updated_at timestamptz NOT NULL)`);
      await client.query(
        `CREATE TABLE hop${hop}_outbox (sequence bigserial PRIMARY KEY, message_key text NOT NULL, envelope jsonb NOT NULL,
                                        created_at timestamptz NOT NULL DEFAULT now())`,
      );
    }
    await client.end();
    const kafka = new Kafka({ clientId: `bench-baseline-${id}`, brokers: brokers.split(','), logLevel: logLevel.WARN, ...testKafkaSecurityOptions() });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })), waitForLeaders: true });
    await admin.disconnect();

    const hops = Array.from({ length: HOPS }, (_, n) => startHop(n + 1, topics[n]!, topics[n + 1]!, database, brokers, id));
    try {
      await Promise.all(hops.map((h) => h.ready));
    } catch (error) {
      for (const { child } of hops) child.kill('SIGKILL');
      throw error;
    }
    const source = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await source.connect();
    const sink = kafka.consumer({ groupId: `bench-baseline-${id}-sink`, maxWaitTimeInMs: 1_000 });
    const pipeline = new BarePipeline(database, topics, kafka, hops.map((h) => h.child), source, sink);
    const joined = new Promise<void>((done) => sink.on(sink.events.GROUP_JOIN, () => done()));
    await sink.connect();
    await sink.subscribe({ topics: [topics[HOPS]!], fromBeginning: true });
    await sink.run({
      eachBatch: async ({ batch }) => {
        const now = Date.now();
        for (const message of batch.messages) pipeline.arrivedAt.set((JSON.parse(message.value!.toString()) as { reportId: string }).reportId, now);
      },
    });
    await joined;
    return pipeline;
  }

  /** The operating system's ids of the four hops. */
  get pids(): number[] {
    return this.hops.map((h) => h.pid).filter((pid): pid is number => pid !== undefined);
  }

  /** Produces `rate` events a second for `seconds` from the source, in one send per 5 ms tick of those due. */
  async offer(rate: number, seconds: number): Promise<Offered[]> {
    const offered: Offered[] = [];
    const start = Date.now();
    const total = Math.round(rate * seconds);
    while (offered.length < total) {
      const due = Math.min(total, Math.floor(((Date.now() - start) * rate) / 1000) + 1);
      if (due > offered.length) {
        const now = Date.now();
        const batch = Array.from({ length: due - offered.length }, () => ({ id: randomUUID(), sentAt: now }));
        await this.source.send({
          topic: this.topics[0]!,
          messages: batch.map((o) => ({ key: o.id, value: JSON.stringify({ reportId: o.id, eventId: randomUUID(), sentAt: o.sentAt, body: BODY }) })),
        });
        for (const o of batch) this.sentAt.set(o.id, o.sentAt);
        offered.push(...batch);
      }
      await new Promise((done) => setTimeout(done, 5));
    }
    return offered;
  }

  doneAt(id: string): number | undefined {
    return this.arrivedAt.get(id);
  }

  async waitFor(ids: readonly string[], deadline: number): Promise<void> {
    while (ids.some((id) => !this.arrivedAt.has(id)) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  }

  async stop(): Promise<void> {
    await this.sink.disconnect().catch(() => undefined);
    await this.source.disconnect().catch(() => undefined);
    await Promise.all(
      this.hops.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: this.topics }).catch(() => undefined);
    await admin.disconnect();
    await dropDatabase({ ...testEnvironment().db, database: this.database });
  }
}

/** Starts one hop's process; `ready` resolves once its consumer joined its group. */
function startHop(hop: number, input: string, output: string, database: string, brokers: string, id: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'bare-hop.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      BASELINE_HOP: String(hop),
      BASELINE_IN: input,
      BASELINE_OUT: output,
      BASELINE_DB: database,
      LOKET_KAFKA_GROUP_ID: `bench-baseline-${id}-hop${hop}`,
      // the bench's own topics are in no service's access list: on a SASL broker the hops sign in as the super user
      ...testMessagingEnv(),
      LOKET_KAFKA_BROKERS: brokers,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`bare hop ${hop} not ready after 180 s`)), 180_000);
    child.once('exit', (code) => fail(new Error(`bare hop ${hop} exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        done();
      }
    });
  });
  return { child, ready };
}
