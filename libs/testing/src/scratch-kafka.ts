import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';
import { testEnvironment } from './test-environment';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

/**
 * A Kafka broker of one test's own, started and stopped by `deploy/local/kafka/kafka.sh` on free ports with
 * its pid, log and data under `.local/scratch/<id>/`: a test may stop it (or crash its clients) without
 * touching the shared broker other tests use. The jars come from the usual `.local/cache`.
 */
export class ScratchKafka {
  private constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly dir: string,
  ) {}

  /**
   * `security: 'sasl_plaintext'`: SCRAM users and each service granted only its own topics, as kafka.sh sets
   * them up (the super user `loket-admin`, the services `loket-<service>`, development passwords). By default
   * the mode of the tests' shared broker, so that services (LoketServices) and a test's own clients (testKafka)
   * reach this broker as they reach that one.
   */
  static async start(options: { partitions?: number; security?: 'plaintext' | 'sasl_plaintext' } = {}): Promise<ScratchKafka> {
    const security = options.security ?? (testEnvironment().kafka.security === 'plaintext' ? 'plaintext' : 'sasl_plaintext');
    const dir = join(ROOT, '.local/scratch', `kafka-${randomBytes(3).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    const [port, controllerPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOKET_LOCAL_DIR: dir,
      LOKET_CACHE_DIR: process.env['LOKET_CACHE_DIR'] ?? join(ROOT, '.local/cache'),
      LOKET_KAFKA_PORT: String(port),
      LOKET_KAFKA_CONTROLLER_PORT: String(controllerPort),
      LOKET_KAFKA_NUM_PARTITIONS: String(options.partitions ?? 6),
      LOKET_KAFKA_OFFSETS_PARTITIONS: '6',
      LOKET_KAFKA_READY_TIMEOUT: '120',
      LOKET_KAFKA_SECURITY: security,
    };
    const kafka = new ScratchKafka(port, env, dir);
    await kafka.start();
    return kafka;
  }

  /** How clients reach it: `plaintext`, or `sasl_plaintext` with the users and grants kafka.sh gives it. */
  get security(): 'plaintext' | 'sasl_plaintext' {
    return this.env['LOKET_KAFKA_SECURITY'] === 'plaintext' ? 'plaintext' : 'sasl_plaintext';
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The broker's process id while it runs (from the pid file kafka.sh keeps). */
  get pid(): number | undefined {
    const file = join(this.dir, 'run/kafka.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) || undefined : undefined;
  }

  /** Starts it again on the same ports and data after `stop()`. */
  async start(): Promise<void> {
    await this.script('start');
  }

  /** Stops this broker (TERM, then KILL after 20 s), keeping its data. */
  async stop(): Promise<void> {
    await this.script('stop');
  }

  /** Stops it and removes its directory. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    try {
      await run('bash', [join(ROOT, 'deploy/local/kafka/kafka.sh'), command], { env: this.env, timeout: 180_000 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`kafka.sh ${command} failed (log: ${this.dir}/logs/kafka.log)\n${stderr ?? ''}`);
    }
  }
}
