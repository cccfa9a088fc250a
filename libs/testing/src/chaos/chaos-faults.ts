import { ServiceName } from '../loket-services';
import { ChaosInfrastructure } from './chaos-infrastructure';
import { ChaosServices, ServiceInstance } from './chaos-services';
import { FaultLog } from './fault-log';

const READY_TIMEOUT_MS = 600_000;

export interface KeycloakObservations {
  issuedTokenAcceptedWhileDown: boolean;
  newLoginFailedClearlyWhileDown: boolean;
}

/**
 * The faults of the chaos run, injected one after another as the stream progresses, some overlapping: every
 * service killed with `kill -9` twice (once alone, once two at a time) and restarted as a supervisor would, a
 * second routing instance joining and leaving the consumer groups, the broker killed with `kill -9`,
 * PostgreSQL restarted and once refusing new connections for 30 s, the mail sink down for 60 s and Keycloak
 * down for 60 s.
 */
export class ChaosFaults {
  private readonly restarts = new Map<ServiceName, Promise<void>>();
  private readonly background: Promise<void>[] = [];
  readonly keycloak: KeycloakObservations = { issuedTokenAcceptedWhileDown: false, newLoginFailedClearlyWhileDown: false };

  constructor(
    private readonly infrastructure: ChaosInfrastructure,
    private readonly services: ChaosServices,
    private readonly faults: FaultLog,
    private readonly login: () => Promise<string>,
  ) {}

  /** Runs the whole schedule; `after(share)` resolves once that share of the reports is answered. */
  async run(after: (share: number) => Promise<void>): Promise<void> {
    await after(0.04);
    await this.crash('intake');
    await after(0.08);
    await this.crash('routing');
    await after(0.12);
    this.inBackground(this.mailSinkDown(60_000));
    await after(0.16);
    await this.crash('workbench');
    await after(0.2);
    const second = await this.secondInstanceJoins('routing');
    await after(0.26);
    await this.crash('feedback');
    await after(0.32);
    await this.kafkaKilled();
    await after(0.4);
    await this.postgresRestarted();
    await after(0.46);
    this.inBackground((await this.keycloakDown(60_000)).rest);
    await after(0.56);
    await this.secondInstanceLeaves(second);
    await after(0.62);
    await this.crash('intake', 'routing');
    await after(0.72);
    this.inBackground(this.postgresRefuses(30_000));
    await after(0.8);
    await this.crash('workbench', 'feedback');
    await Promise.all(this.background);
    await Promise.all(this.restarts.values());
  }

  /** A fault that runs alongside the next ones (each records its own failure instead of throwing). */
  private inBackground(fault: Promise<void>): void {
    this.background.push(fault);
  }

  /** `kill -9` of one or two services at once; each is restarted at once and waited for in the background. */
  private async crash(...names: ServiceName[]): Promise<void> {
    await Promise.all(names.map((name) => this.restarts.get(name)));
    const record = this.faults.inject(`kill -9 ${names.join(' + ')}`);
    const since = Date.now();
    await Promise.all(names.map((name) => this.services.primary[name].kill()));
    const restarted = Promise.all(names.map((name) => this.services.primary[name].start(READY_TIMEOUT_MS))).then(
      () => this.faults.recovered(record, since, `restarted, /health/ready 200`),
      (error: unknown) => this.faults.failed(record, error),
    );
    for (const name of names) this.restarts.set(name, restarted);
  }

  private async secondInstanceJoins(service: ServiceName): Promise<ServiceInstance> {
    const instance = await this.services.addInstance(service);
    const record = this.faults.inject(`second ${service} instance joins (${instance.label})`);
    const since = Date.now();
    await instance.start(READY_TIMEOUT_MS);
    this.faults.recovered(record, since, 'second instance ready and in the consumer groups');
    return instance;
  }

  private async secondInstanceLeaves(instance: ServiceInstance): Promise<void> {
    const record = this.faults.inject(`second ${instance.service} instance leaves (SIGTERM ${instance.label})`);
    const since = Date.now();
    await instance.stop();
    this.services.removeInstance(instance);
    await this.allReady();
    this.faults.recovered(record, since, 'stopped; remaining instances ready');
  }

  private async kafkaKilled(): Promise<void> {
    const record = this.faults.inject('Kafka broker kill -9, restarted');
    const since = Date.now();
    this.infrastructure.killKafka();
    await new Promise((done) => setTimeout(done, 3_000));
    await this.infrastructure.startKafka();
    await this.allReady();
    this.faults.recovered(record, since, 'broker ready, every service ready');
  }

  private async postgresRestarted(): Promise<void> {
    const record = this.faults.inject('PostgreSQL restart (pg_ctl restart -m fast)');
    const since = Date.now();
    await this.infrastructure.restartPostgres();
    await this.allReady();
    this.faults.recovered(record, since, 'server back, every service ready');
  }

  private async postgresRefuses(ms: number): Promise<void> {
    const record = this.faults.inject(`PostgreSQL refuses new connections (${ms / 1000} s)`);
    try {
      await this.infrastructure.allowConnections(false);
      const down = Date.now();
      const notReady = await this.eventually(async () => (await this.readiness()).some((ready) => !ready), ms);
      await new Promise((done) => setTimeout(done, Math.max(0, ms - (Date.now() - down))));
      await this.infrastructure.allowConnections(true);
      record.downSeconds = ms / 1000;
      const back = Date.now();
      await this.allReady();
      this.faults.recovered(record, back, `${notReady ? 'readiness went red meanwhile' : 'readiness stayed green'}; every service ready again`);
    } catch (error) {
      this.faults.failed(record, error);
    }
  }


  private async mailSinkDown(ms: number): Promise<void> {
    const record = this.faults.inject(`SMTP sink down (${ms / 1000} s)`);
    try {
      await this.infrastructure.stopMailSink();
      const down = Date.now();
      await new Promise((done) => setTimeout(done, ms));
      await this.infrastructure.startMailSink();
      record.downSeconds = (Date.now() - down) / 1000;
      const back = Date.now();
      const delivered = await this.eventually(async () => (await this.messagesSince(back)) > 0, 300_000);
      this.faults.recovered(record, back, delivered ? 'first e-mail delivered after the sink came back' : 'no e-mail was waiting');
    } catch (error) {
      this.faults.failed(record, error);
    }
  }


  /**
   * Keycloak killed; while it is away, a token issued before is tried at the workbench (waited for first, so no
   * crash of its own overlaps the check) and a new login is tried. Returns the rest of the outage (60 s, the restart
   * and the first accepted new token), which runs alongside the next faults.
   */
  private async keycloakDown(ms: number): Promise<{ rest: Promise<void> }> {
    const record = this.faults.inject(`Keycloak down (${ms / 1000} s)`);
    const workbench = this.services.primary.workbench;
    let down = Date.now();
    try {
      await this.restarts.get('workbench');
      const token = await this.withRetries(() => this.login(), 120_000);
      // A coordinator at work: the token was in use at the workbench before Keycloak went away.
      await fetch(`${workbench.url}/api/v1/cases?limit=1`, { headers: { authorization: `Bearer ${token}` } });
      this.infrastructure.killKeycloak();
      down = Date.now();
      await new Promise((done) => setTimeout(done, 3_000));
      await workbench.waitReady(READY_TIMEOUT_MS);
      const answer = await fetch(`${workbench.url}/api/v1/cases?limit=1`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
      this.keycloak.issuedTokenAcceptedWhileDown = answer?.status === 200;
      let loginError = '';
      try {
        await this.login();
      } catch (error) {
        loginError = (error as Error).message;
      }
      this.keycloak.newLoginFailedClearlyWhileDown = loginError !== '';
      record.note = `issued token at the workbench meanwhile: ${answer?.status ?? 'no answer'}; new login: ${loginError ? `failed (${loginError.slice(0, 60)})` : 'worked?!'}`;
    } catch (error) {
      this.faults.failed(record, error);
      return { rest: Promise.resolve() };
    }
    const rest = (async () => {
      try {
        await new Promise((done) => setTimeout(done, Math.max(0, ms - (Date.now() - down))));
        await this.infrastructure.startKeycloak();
        record.downSeconds = (Date.now() - down) / 1000;
        const back = Date.now();
        const accepted = await this.eventually(async () => {
          const fresh = await this.login();
          return (await fetch(`${workbench.url}/api/v1/cases?limit=1`, { headers: { authorization: `Bearer ${fresh}` } })).status === 200;
        }, 300_000);
        if (!accepted) throw new Error('new tokens still refused 300 s after Keycloak came back');
        this.faults.recovered(record, back, 'new login works and the workbench accepts its token');
      } catch (error) {
        this.faults.failed(record, error);
      }
    })();
    return { rest };
  }

  private async allReady(): Promise<void> {
    await Promise.all(this.services.all().map((instance) => (instance.running ? instance.waitReady(READY_TIMEOUT_MS) : undefined)));
  }

  private async readiness(): Promise<boolean[]> {
    return Promise.all(this.services.all().map((instance) => instance.ready()));
  }

  private async messagesSince(since: number): Promise<number> {
    const response = await fetch(`${this.infrastructure.mailHttpUrl}/api/messages`);
    const messages = (await response.json()) as { receivedAt: string }[];
    return messages.filter((m) => Date.parse(m.receivedAt) >= since).length;
  }

  /** `attempt` until it succeeds (a slow Keycloak times out now and then), for at most `timeoutMs`. */
  private async withRetries<T>(attempt: () => Promise<T>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((done) => setTimeout(done, 2_000));
      }
    }
  }

  /** Polls `condition` until it holds (true) or the time is up (false); errors count as "not yet". */
  private async eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition().catch(() => false)) return true;
      await new Promise((done) => setTimeout(done, 1_000));
    }
    return false;
  }
}
