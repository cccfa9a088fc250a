import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../free-port';
import { SERVICE_NAMES, ServiceName, testSecrets } from '../loket-services';
import { serviceKafkaEnv } from '../test-kafka';
import { ChaosInfrastructure } from './chaos-infrastructure';
import { killGroup } from './run-directory';

const ROOT = resolve(__dirname, '../../../..');

/**
 * One process of a compiled service, started detached (its own process group, output straight into a log file
 * in the run directory) with its PID recorded there at once: a runner killed with `kill -9` leaves nothing the
 * next run cannot find and reap. Supervised as a process manager would: when it exits without being told to
 * (e.g. it could not reach its database while starting), it is started again a second later.
 */
export class ServiceInstance {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** Set while this side kills or stops the process on purpose: the supervisor leaves that exit alone. */
  private intentional = false;
  private closed = false;
  /** Exits nobody asked for, each answered with a fresh start. */
  supervisorRestarts = 0;

  constructor(
    readonly service: ServiceName,
    /** `routing`, or `routing-2` for a second instance. */
    readonly label: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly infrastructure: ChaosInfrastructure,
    private readonly log: (line: string) => void,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process (without waiting for it to be ready). */
  launch(): void {
    if (this.running) throw new Error(`${this.label} is already running`);
    this.closed = false;
    const logFd = openSync(join(this.infrastructure.runDir.logDir, `${this.label}.log`), 'a');
    const child = spawn(process.execPath, ['-r', join(ROOT, 'tools/runtime/register-aliases.js'), join(ROOT, `dist/apps/${this.service}/src/main.js`)], {
      cwd: ROOT,
      env: this.env,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    if (child.pid === undefined) throw new Error(`${this.label} could not be started`);
    this.infrastructure.runDir.recordPid(this.label, child.pid);
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    child.once('exit', (code, signal) => {
      if (this.intentional || this.closed) return;
      this.supervisorRestarts++;
      this.log(`supervisor: ${this.label} exited by itself (${signal ?? `code ${code}`}); starting it again; the end of its log:`);
      for (const line of lastLines(join(this.infrastructure.runDir.logDir, `${this.label}.log`), 12)) this.log(`  ${this.label}| ${line}`);
      setTimeout(() => {
        if (!this.running && !this.intentional && !this.closed) this.launch();
      }, 1_000);
    });
  }

  /** Starts it and waits until `/health/ready` answers 200. */
  async start(readyTimeoutMs: number): Promise<void> {
    this.launch();
    await this.waitReady(readyTimeoutMs);
  }

  /** Waits for `/health/ready` 200, through any restarts by the supervisor meanwhile. */
  async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.closed) throw new Error(`${this.label} was stopped`);
      if (this.running && (await this.ready())) return;
      if (Date.now() > deadline) throw new Error(`${this.label} not ready after ${timeoutMs} ms; see ${this.infrastructure.runDir.logDir}/${this.label}.log`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  async ready(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(3_000) })).status === 200;
    } catch {
      return false;
    }
  }

  /** `kill -9` of the process group: the service gets no chance to finish anything. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.intentional = true;
    try {
      killGroup(this.child.pid!);
      await this.exited;
    } finally {
      this.intentional = false;
    }
  }

  /** A graceful stop (SIGTERM): the instance leaves its consumer groups as a deployment would. Not restarted. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.closed = true;
    if (!this.child || !this.running) return;
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), timeoutMs))]);
    if (!stopped) killGroup(this.child.pid!);
    await this.exited;
  }

  /** The end of the run: killed and not restarted. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.child && this.running) {
      killGroup(this.child.pid!);
      await this.exited;
    }
  }

  /** `loket_kafka_consumer_running` from `/metrics`: 1 or 0, or undefined when the service has no consumer. */
  async consumerRunning(): Promise<number | undefined> {
    const metrics = await (await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const match = /^loket_kafka_consumer_running(?:\{[^}]*\})? (\d+)$/m.exec(metrics);
    return match ? Number(match[1]) : undefined;
  }
}

/** The four services (and, for a while, a second instance of one), wired to the chaos run's own infrastructure. */
export class ChaosServices {
  private constructor(
    readonly primary: Record<ServiceName, ServiceInstance>,
    private readonly baseEnv: NodeJS.ProcessEnv,
    private readonly infrastructure: ChaosInfrastructure,
    private readonly log: (line: string) => void,
    readonly extra: ServiceInstance[] = [],
    /** Every extra instance ever added, also after it left. */
    private readonly former: ServiceInstance[] = [],
  ) {}

  static async create(infrastructure: ChaosInfrastructure, log: (line: string) => void): Promise<ChaosServices> {
    const ports = {} as Record<ServiceName, number>;
    for (const name of SERVICE_NAMES) ports[name] = await freePort();
    const url = (name: ServiceName) => `http://127.0.0.1:${ports[name]}`;
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...testSecrets(),
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      LOKET_LOG_LEVEL: process.env['LOKET_CHAOS_LOG_LEVEL'] ?? 'warn',
      LOKET_HTTP_HOST: '127.0.0.1',
      LOKET_KAFKA_BROKERS: infrastructure.kafkaBrokers,
      LOKET_DB_HOST: '127.0.0.1',
      LOKET_DB_PORT: String(infrastructure.ports.postgres),
      LOKET_DB_USER: 'postgres',
      LOKET_DB_PASSWORD: '',
      LOKET_KEYCLOAK_URL: infrastructure.keycloakUrl,
      LOKET_KEYCLOAK_REALM: 'loket',
      LOKET_SMTP_HOST: '127.0.0.1',
      LOKET_SMTP_PORT: String(infrastructure.ports.smtp),
      // The sink confirms which Message-IDs it took, so an interrupted e-mail attempt is never sent twice.
      LOKET_MAIL_ACCEPTANCE_URL: `${infrastructure.mailHttpUrl}/api/messages`,
      LOKET_INTAKE_URL: url('intake'),
      LOKET_ROUTING_URL: url('routing'),
      LOKET_FEEDBACK_URL: url('feedback'),
      LOKET_PUBLIC_URL: url('intake'),
      // One client address sends every report: the limits themselves have their own tests.
      LOKET_TRACKING_RATE_LIMIT_PER_MINUTE: '60000',
      LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE: '60000',
      LOKET_REPORTS_RATE_LIMIT_PER_HOUR: '100000000',
      LOKET_SUGGESTIONS_RATE_LIMIT_PER_MINUTE: '60000',
      LOKET_RECEIPTS_PER_ADDRESS_PER_DAY: '1000000',
    };
    delete baseEnv['LOKET_KAFKA_IGNORE_EVENTS_BEFORE'];
    const primary = {} as Record<ServiceName, ServiceInstance>;
    for (const name of SERVICE_NAMES) primary[name] = new ServiceInstance(name, name, ports[name], instanceEnv(baseEnv, name, ports[name]), infrastructure, log);
    return new ChaosServices(primary, baseEnv, infrastructure, log);
  }

  /** Unasked-for exits the supervisor answered, per instance (only those with any). */
  supervisorRestarts(): Record<string, number> {
    const all = [...SERVICE_NAMES.map((name) => this.primary[name]), ...this.former];
    return Object.fromEntries(all.filter((i) => i.supervisorRestarts > 0).map((i) => [i.label, i.supervisorRestarts]));
  }

  all(): ServiceInstance[] {
    return [...SERVICE_NAMES.map((name) => this.primary[name]), ...this.extra];
  }

  async startAll(readyTimeoutMs: number): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => this.primary[name].start(readyTimeoutMs)));
  }

  /** A second instance of `service` on a port of its own: same database, same consumer groups. */
  async addInstance(service: ServiceName): Promise<ServiceInstance> {
    const port = await freePort();
    const instance = new ServiceInstance(service, `${service}-${this.extra.length + 2}`, port, instanceEnv(this.baseEnv, service, port), this.infrastructure, this.log);
    this.extra.push(instance);
    this.former.push(instance);
    return instance;
  }

  removeInstance(instance: ServiceInstance): void {
    this.extra.splice(this.extra.indexOf(instance), 1);
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.all().map((instance) => instance.close()));
  }
}

function instanceEnv(base: NodeJS.ProcessEnv, name: ServiceName, port: number): NodeJS.ProcessEnv {
  return {
    ...base,
    [`LOKET_${name.toUpperCase()}_PORT`]: String(port),
    [`LOKET_${name.toUpperCase()}_DB_NAME`]: `loket_${name}`,
    LOKET_KAFKA_GROUP_ID: `loket-${name}`,
    ...serviceKafkaEnv(name),
  };
}

/** The last `count` lines of a log (read from its last 16 KB only), each cut to 400 characters: why a process ended, for the run's own log. */
function lastLines(file: string, count: number): string[] {
  try {
    const fd = openSync(file, 'r');
    try {
      const { size } = fstatSync(fd);
      const length = Math.min(16_384, size);
      const tail = Buffer.alloc(length);
      readSync(fd, tail, 0, length, size - length);
      return tail.toString('utf8').split('\n').filter((line) => line.trim() !== '').slice(-count).map((line) => line.slice(0, 400));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return [`(its log could not be read: ${(error as Error).message})`];
  }
}
