import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { expectEventually } from './expect-eventually';

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
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      ['-r', join(ROOT, 'tools/runtime/register-aliases.js'), join(ROOT, `dist/apps/${this.name}/src/main.js`)],
      { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    await this.waitReady();
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

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  }
}

/** The four services with fresh databases of their own and their own development secrets. */
export class LoketServices {
  private constructor(readonly services: Record<ServiceName, ServiceProcess>) {}

  static async start(options: { runId?: string; env?: NodeJS.ProcessEnv } = {}): Promise<LoketServices> {
    const runId = options.runId ?? `e2e_${randomBytes(3).toString('hex')}`;
    const logDir = join(ROOT, '.local/logs');
    mkdirSync(logDir, { recursive: true });
    const env = { ...process.env, ...secrets(), ...options.env };
    const services = {} as Record<ServiceName, ServiceProcess>;
    for (const name of SERVICE_NAMES) {
      const port = await freePort();
      services[name] = new ServiceProcess(
        name,
        port,
        {
          ...env,
          [`LOKET_${name.toUpperCase()}_PORT`]: String(port),
          [`LOKET_${name.toUpperCase()}_DB_NAME`]: `loket_${runId}_${name}`,
          LOKET_KAFKA_GROUP_ID: `loket-${name}-${runId}`,
          LOKET_HTTP_HOST: '127.0.0.1',
          LOKET_PUBLIC_URL: `http://127.0.0.1:${port}`,
          // Tests poll the tracking page from one address; the limit itself has its own tests.
          LOKET_TRACKING_RATE_LIMIT_PER_MINUTE: '6000',
        },
        join(logDir, `${runId}-${name}.log`),
      );
    }
    // The workbench asks the feedback service for note previews.
    services.workbench.env['LOKET_FEEDBACK_URL'] = options.env?.['LOKET_FEEDBACK_URL'] ?? services.feedback.url;
    const loket = new LoketServices(services);
    const started = await Promise.allSettled(SERVICE_NAMES.map((name) => services[name].start()));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await loket.stop(); // never leave the services that did start running behind a failed test
      throw failed.reason;
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
}

function secrets(): NodeJS.ProcessEnv {
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
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}
