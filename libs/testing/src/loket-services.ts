import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectEventually } from './expect-eventually';
import { dropDatabase } from '@loket/persistence';
import { freePort } from './free-port';
import { testEnvironment } from './test-environment';
import { serviceKafkaEnv } from './test-kafka';
import { startGroupsAtTheEnd } from './consumer-groups-from-now';

export const SERVICE_NAMES = ['intake', 'routing', 'workbench', 'feedback'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const ROOT = resolve(__dirname, '../../..');

/** One compiled service running as its own process, as in production. */
export class ServiceProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    readonly env: NodeJS.ProcessEnv,
    /** Where its standard output and error go (JSON log lines), for a test that searches them. */
    readonly logFile: string,
    private readonly nodeArgs: readonly string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and waits until it is ready (`readyTimeoutMs`, 60 s by default). */
  async start(readyTimeoutMs?: number): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...this.nodeArgs, '-r', join(ROOT, 'tools/runtime/register-aliases.js'), join(ROOT, `dist/apps/${this.name}/src/main.js`)],
      { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    await this.waitReady(readyTimeoutMs);
  }

  async waitReady(timeoutMs = 60_000): Promise<void> {
    await expectEventually(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`${this.name} exited; see ${this.logFile}`);
        const response = await fetch(`${this.url}/health/ready`);
        if (response.status !== 200) throw new Error(`${this.name} not ready: ${await response.text()}`);
      },
      { timeoutMs, intervalMs: 250 },
    );
  }

  /** A graceful stop (SIGTERM), as a deployment would do it. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** A crash: the process gets no chance to finish anything. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** The operating system's id of the running process, if it runs. */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  }
}

export interface LoketServicesOptions {
  runId?: string;
  env?: NodeJS.ProcessEnv;
  /** Start only these (the others are not started); all four by default. */
  only?: readonly ServiceName[];
  /** Another broker than the shared one (e.g. a ScratchKafka's `brokers`). */
  kafkaBrokers?: string;
  /** An existing database for a service instead of a fresh `loket_<runId>_<service>`. */
  databases?: Partial<Record<ServiceName, string>>;
  /** How long each service may take to become ready (60 s by default; a loaded machine needs more). */
  readyTimeoutMs?: number;
  /** Extra arguments for node itself, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs?: Partial<Record<ServiceName, readonly string[]>>;
  /**
   * New consumer groups read the broker's whole history, as a first installation does, instead of starting at
   * the present end of every topic (the default: see startGroupsAtTheEnd).
   */
  replayHistory?: boolean;
}

/** The four services with fresh databases of their own and their own development secrets. */
export class LoketServices {
  private constructor(
    readonly services: Record<ServiceName, ServiceProcess>,
    private readonly given: ReadonlySet<ServiceName>,
    private readonly ownKeyVault: boolean,
  ) {}

  static async start(options: LoketServicesOptions = {}): Promise<LoketServices> {
    const runId = options.runId ?? `e2e_${randomBytes(3).toString('hex')}`;
    const logDir = join(ROOT, '.local/logs');
    mkdirSync(logDir, { recursive: true });
    const env = {
      ...process.env,
      ...testSecrets(),
      ...(options.kafkaBrokers ? { LOKET_KAFKA_BROKERS: options.kafkaBrokers } : {}),
      // the key vault the four share: the keys that personal fields travel under on the bus
      LOKET_KEYS_DB_NAME: `loket_${runId}_keys`,
      ...options.env,
    };
    const services = {} as Record<ServiceName, ServiceProcess>;
    for (const name of SERVICE_NAMES) {
      const port = await freePort();
      services[name] = new ServiceProcess(
        name,
        port,
        {
          // Tests send many requests from one address; the limits themselves have their own tests (and a test
          // may set its own through options.env).
          LOKET_TRACKING_RATE_LIMIT_PER_MINUTE: '6000',
          LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE: '6000',
          LOKET_REPORTS_RATE_LIMIT_PER_HOUR: '1000000',
          LOKET_SUGGESTIONS_RATE_LIMIT_PER_MINUTE: '60000',
          LOKET_RECEIPTS_PER_ADDRESS_PER_DAY: '1000000',
          ...env,
          // Each service signs in to the broker as itself (on a broker with SASL, it may then touch only its topics).
          ...serviceKafkaEnv(name),
          ...options.env,
          [`LOKET_${name.toUpperCase()}_PORT`]: String(port),
          [`LOKET_${name.toUpperCase()}_DB_NAME`]: options.databases?.[name] ?? `loket_${runId}_${name}`,
          LOKET_KAFKA_GROUP_ID: `loket-${name}-${runId}`,
          LOKET_HTTP_HOST: '127.0.0.1',
          LOKET_PUBLIC_URL: `http://127.0.0.1:${port}`,
          // The sink confirms which Message-IDs it took, so an interrupted e-mail attempt is never sent twice.
          LOKET_MAIL_ACCEPTANCE_URL: `${testEnvironment().mailSinkUrl}/api/messages`,
        },
        join(logDir, `${runId}-${name}.log`),
        options.nodeArgs?.[name],
      );
    }
    // The workbench asks the feedback service for note previews.
    services.workbench.env['LOKET_FEEDBACK_URL'] = options.env?.['LOKET_FEEDBACK_URL'] ?? services.feedback.url;
    // Intake asks routing whether a case may be followed.
    services.intake.env['LOKET_ROUTING_URL'] = options.env?.['LOKET_ROUTING_URL'] ?? services.routing.url;
    // ... and feedback where a reply by e-mail to a question goes (when its mail door is open).
    services.intake.env['LOKET_FEEDBACK_URL'] = options.env?.['LOKET_FEEDBACK_URL'] ?? services.feedback.url;
    // ... and feedback what happened in public in a neighbourhood (the daily digest).
    services.feedback.env['LOKET_ROUTING_URL'] = options.env?.['LOKET_ROUTING_URL'] ?? services.routing.url;
    // ... and intake for report photos (with a signed link).
    services.workbench.env['LOKET_INTAKE_URL'] = options.env?.['LOKET_INTAKE_URL'] ?? services.intake.url;
    const loket = new LoketServices(services, new Set(Object.keys(options.databases ?? {}) as ServiceName[]), options.env?.['LOKET_KEYS_DB_NAME'] === undefined);
    const starting = options.only ?? SERVICE_NAMES;
    if (!options.replayHistory) {
      const brokers = (env['LOKET_KAFKA_BROKERS'] ?? testEnvironment().kafkaBrokers.join(',')).split(',');
      await startGroupsAtTheEnd(brokers, starting.map((name) => String(services[name].env['LOKET_KAFKA_GROUP_ID'])));
    }
    try {
      await Promise.all(starting.map((name) => services[name].start(options.readyTimeoutMs)));
    } catch (error) {
      await loket.stop(); // none left running when one does not come up
      throw error;
    }
    return loket;
  }

  get intake(): ServiceProcess {
    return this.services.intake;
  }
  get routing(): ServiceProcess {
    return this.services.routing;
  }
  get workbench(): ServiceProcess {
    return this.services.workbench;
  }
  get feedback(): ServiceProcess {
    return this.services.feedback;
  }

  databaseOf(name: ServiceName): string {
    return String(this.services[name].env[`LOKET_${name.toUpperCase()}_DB_NAME`]);
  }

  async stop(): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => this.services[name].stop()));
  }

  /** The key vault's database the services share. */
  get keysDatabase(): string {
    return String(this.services.intake.env['LOKET_KEYS_DB_NAME']);
  }

  /** After `stop()`: drops the databases `start()` made (not those passed in `databases` or `env`). */
  async dropDatabases(): Promise<void> {
    for (const name of SERVICE_NAMES) {
      if (this.given.has(name)) continue;
      await dropDatabase({ ...testEnvironment().db, database: this.databaseOf(name) });
    }
    if (this.ownKeyVault) await dropDatabase({ ...testEnvironment().db, database: this.keysDatabase });
  }
}

/** Fresh development secrets for one set of services (sealing keys, link and hash secrets, the audit-signing key). */
export function testSecrets(): NodeJS.ProcessEnv {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return {
    LOKET_SEALING_KEY_ID: 'feedback-test',
    LOKET_SEALING_PUBLIC_KEY: b64(publicKey),
    LOKET_SEALING_PRIVATE_KEYS: `feedback-test:${b64(privateKey)}`,
    LOKET_FEEDBACK_DATA_KEYS: `data-test:${randomBytes(32).toString('base64')}`,
    LOKET_FEEDBACK_LINK_SECRET: randomBytes(32).toString('base64'),
    LOKET_PHOTO_LINK_SECRET: randomBytes(32).toString('base64'),
    LOKET_HASH_KEY: randomBytes(32).toString('base64'),
    LOKET_AUDIT_SIGNING_KEYS: `audit-test:${b64(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)}`,
  };
}
