import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../free-port';
import { testEnvironment } from '../test-environment';
import { killGroup, postgresBindir, RunDirectory } from './run-directory';

const ROOT = resolve(__dirname, '../../../..');
const LOCAL = join(ROOT, 'deploy/local');
const run = promisify(execFile);

export const SERVICE_DATABASES = ['loket_intake', 'loket_routing', 'loket_workbench', 'loket_feedback'] as const;

export interface InfrastructurePorts {
  postgres: number;
  kafka: number;
  kafkaController: number;
  keycloak: number;
  keycloakManagement: number;
  smtp: number;
  mailHttp: number;
}

/**
 * The chaos run's own PostgreSQL cluster, Kafka broker, Keycloak and mail sink: started by the deploy/local
 * scripts with LOKET_LOCAL_DIR set to the run directory and on free ports of their own, so killing and
 * restarting them never touches the shared stack other tests use (5432, 9092, 8080, 1025/8025).
 * Downloads are reused from the checkout's `.local/cache`: Kafka's jars by a link, Keycloak unpacked afresh in the
 * run directory from the cached zip, because a Keycloak start rewrites files in its own distribution (which a running
 * shared Keycloak uses).
 */
export class ChaosInfrastructure {
  private constructor(
    readonly runDir: RunDirectory,
    readonly ports: InfrastructurePorts,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async prepare(runDir: RunDirectory): Promise<ChaosInfrastructure> {
    const ports: InfrastructurePorts = {
      postgres: await freePort(),
      kafka: await freePort(),
      kafkaController: await freePort(),
      keycloak: await freePort(),
      keycloakManagement: await freePort(),
      smtp: await freePort(),
      mailHttp: await freePort(),
    };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOKET_LOCAL_DIR: runDir.dir,
      LOKET_CACHE_DIR: prepareCache(join(runDir.dir, 'cache')),
      LOKET_PG_HOST: '127.0.0.1',
      LOKET_PG_PORT: String(ports.postgres),
      LOKET_PG_BINDIR: postgresBindir(),
      LOKET_PG_DATABASES: SERVICE_DATABASES.join(' '),
      LOKET_KAFKA_HOST: '127.0.0.1',
      LOKET_KAFKA_ADVERTISED_HOST: '127.0.0.1',
      LOKET_KAFKA_PORT: String(ports.kafka),
      LOKET_KAFKA_CONTROLLER_PORT: String(ports.kafkaController),
      LOKET_KAFKA_NUM_PARTITIONS: '6',
      LOKET_KAFKA_OFFSETS_PARTITIONS: '6',
      LOKET_KAFKA_READY_TIMEOUT: '180',
      LOKET_KAFKA_HEAP_OPTS: '-Xms192m -Xmx448m',
      // The tests' mode (SASL with access control lists by default): the services sign in as themselves, the checks as the super user.
      LOKET_KAFKA_SECURITY: testEnvironment().kafka.security === 'plaintext' ? 'plaintext' : 'sasl_plaintext',
      LOKET_KEYCLOAK_HOST: '127.0.0.1',
      LOKET_KEYCLOAK_PORT: String(ports.keycloak),
      LOKET_KEYCLOAK_MANAGEMENT_PORT: String(ports.keycloakManagement),
      LOKET_KEYCLOAK_HOSTNAME: `http://localhost:${ports.keycloak}`,
      LOKET_KEYCLOAK_HEAP: '-Xms192m -Xmx640m',
      LOKET_KEYCLOAK_READY_TIMEOUT: '600',
      LOKET_MAIL_SINK_HOST: '127.0.0.1',
      LOKET_SMTP_PORT: String(ports.smtp),
      LOKET_MAIL_SINK_HTTP_PORT: String(ports.mailHttp),
      LOKET_STOP_TIMEOUT: '20',
    };
    return new ChaosInfrastructure(runDir, ports, env);
  }

  get kafkaBrokers(): string {
    return `127.0.0.1:${this.ports.kafka}`;
  }
  get keycloakUrl(): string {
    return `http://localhost:${this.ports.keycloak}`;
  }
  get mailHttpUrl(): string {
    return `http://127.0.0.1:${this.ports.mailHttp}`;
  }
  get postgresDataDir(): string {
    return join(this.runDir.dataDir, 'postgres');
  }

  /** Everything started and ready (PostgreSQL, Kafka and the mail sink alongside Keycloak, the slowest). */
  async startAll(): Promise<void> {
    await Promise.all([this.postgres('ensure'), this.startKafka(), this.startKeycloak(), this.startMailSink()]);
  }

  async startKafka(): Promise<void> {
    await this.script('kafka/kafka.sh', 'start');
  }
  /** `kill -9` of the broker (its whole process group). */
  killKafka(): void {
    this.killRecorded('kafka');
  }

  async startKeycloak(): Promise<void> {
    await this.script('keycloak/keycloak.sh', 'start');
  }
  killKeycloak(): void {
    this.killRecorded('keycloak');
  }

  async startMailSink(): Promise<void> {
    await this.script('mail-sink/mail-sink.sh', 'start');
  }
  async stopMailSink(): Promise<void> {
    await this.script('mail-sink/mail-sink.sh', 'stop');
  }

  /** `pg_ctl restart -m fast`: every connection is cut, the server is away for a moment, then back. */
  async restartPostgres(): Promise<void> {
    // -l: the new server logs to the file, never to this process's pipe (which would keep the call from ending).
    const logFile = join(this.runDir.logDir, 'postgres.log');
    await run('runuser', ['-u', 'postgres', '--', join(postgresBindir(), 'pg_ctl'), '-D', this.postgresDataDir, '-l', logFile, '-m', 'fast', '-w', '-t', '120', 'restart'], {
      timeout: 180_000,
    });
  }

  /** The services' databases refuse new connections (and lose their open ones), or accept them again. */
  async allowConnections(allow: boolean): Promise<void> {
    const admin = await this.adminClient();
    try {
      for (const database of SERVICE_DATABASES) {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS ${allow}`);
      }
      if (!allow) {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()', [
          [...SERVICE_DATABASES],
        ]);
      }
    } finally {
      await admin.end();
    }
  }

  async query<T extends object>(database: string, sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ host: '127.0.0.1', port: this.ports.postgres, user: 'postgres', database });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Stops whatever still runs (graceful first; the cluster fast). */
  async stopAll(): Promise<void> {
    await Promise.allSettled([
      this.script('mail-sink/mail-sink.sh', 'stop'),
      this.script('keycloak/keycloak.sh', 'stop'),
      this.script('kafka/kafka.sh', 'stop'),
      this.postgres('stop'),
    ]);
  }

  private async adminClient(): Promise<Client> {
    const client = new Client({ host: '127.0.0.1', port: this.ports.postgres, user: 'postgres', database: 'postgres' });
    await client.connect();
    return client;
  }

  private killRecorded(name: string): void {
    const pid = this.runDir.livePid(name);
    if (pid === undefined) throw new Error(`${name} is not running (no live pid in ${this.runDir.runDir})`);
    killGroup(pid);
  }

  private async postgres(command: 'ensure' | 'stop'): Promise<void> {
    await this.script('postgres.sh', command);
  }

  private async script(path: string, command: string): Promise<void> {
    try {
      await run('bash', [join(LOCAL, path), command], { env: this.env, timeout: 900_000 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`${path} ${command} failed (logs in ${this.runDir.logDir})\n${(stderr ?? '').slice(-2000)}`);
    }
  }
}

/**
 * `<cacheDir>` for one run: Kafka's jars and Keycloak's zip linked from the checkout's download cache; Keycloak's
 * script unpacks the zip into `<cacheDir>` itself. Never a copy of the checkout's unpacked Keycloak: the shared
 * Keycloak rewrites `lib/quarkus` while it starts (Quarkus augmentation), so a copy taken then can lack
 * `quarkus-application.dat` (CI saw exactly that). What the checkout's cache lacks, the scripts download into
 * `<cacheDir>` themselves.
 */
function prepareCache(cacheDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const source = sourceCache();
  const kafka = `kafka-${process.env['LOKET_KAFKA_VERSION'] ?? '4.1.2'}`;
  const keycloakZip = `keycloak-quarkus-dist-${process.env['LOKET_KEYCLOAK_VERSION'] ?? '26.5.6'}.zip`;
  if (source && !existsSync(join(cacheDir, kafka)) && existsSync(join(source, kafka, 'libs/.complete'))) {
    symlinkSync(join(source, kafka), join(cacheDir, kafka));
  }
  if (source && !existsSync(join(cacheDir, keycloakZip)) && existsSync(join(source, keycloakZip))) {
    symlinkSync(join(source, keycloakZip), join(cacheDir, keycloakZip));
  }
  return cacheDir;
}

/** LOKET_CACHE_DIR, else this checkout's `.local/cache`, else that of the main worktree (a git worktree has none). */
function sourceCache(): string | undefined {
  const candidates = [process.env['LOKET_CACHE_DIR'], join(ROOT, '.local/cache')];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: ROOT, encoding: 'utf8' }).trim();
    candidates.push(join(dirname(common), '.local/cache'));
  } catch {
    // not a git checkout: only the first two
  }
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}
