import type { DataSource } from 'typeorm';
import type { JobLogger } from '../periodic-job/periodic-job';
import { DedicatedConnection } from './dedicated-connection';

const SAFE_CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export interface NotificationListenerOptions {
  /** The channel to LISTEN on (a plain lower-case identifier). */
  channel: string;
  /** Called for every notification on the channel, and once each time listening (re)starts: something may have been committed while nobody listened. */
  heard: () => void;
  logger: JobLogger;
  /** After a lost or refused connection, the next try this much later (1 s by default). */
  retryMs?: number;
}

/**
 * Hears a PostgreSQL NOTIFY channel on a connection of its own, for as long as it runs: a lost connection (a
 * restart, a terminated backend) is logged and opened again after `retryMs`, and listening again counts as
 * heard, so whatever was notified in between is not missed by the one who waits for it. No framework: a Nest
 * provider calls `start()` on bootstrap and `stop()` on shutdown.
 */
export class NotificationListener {
  private connection: DedicatedConnection | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  private connecting: Promise<void> | null = null;
  /** Tries that failed since it last listened: the first is logged, then every 30th (a database down for minutes). */
  private failedTries = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: NotificationListenerOptions,
  ) {
    if (!SAFE_CHANNEL.test(options.channel)) throw new Error(`unsafe channel name "${options.channel}"`);
  }

  /** Whether it listens right now. */
  get listening(): boolean {
    return this.connection !== null;
  }

  /** Starts listening; resolves once it listens, or once the first try failed (it tries again on its own). */
  start(): Promise<void> {
    this.stopped = false;
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.connecting;
    const connection = this.connection;
    this.connection = null;
    await connection?.query(`UNLISTEN ${this.options.channel}`).catch(() => undefined);
    await connection?.close();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.connection) return;
    let connection: DedicatedConnection | null = null;
    try {
      connection = await DedicatedConnection.open(this.dataSource, {
        notified: (channel) => {
          if (channel === this.options.channel) this.options.heard();
        },
        lost: (error) => {
          if (this.connection !== connection) return;
          this.connection = null;
          this.retryLater(error);
        },
      });
      this.connection = connection;
      await connection.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      if (this.connection === connection) this.connection = null;
      await connection?.close();
      this.retryLater(error as Error);
      return;
    }
    if (this.stopped) {
      this.connection = null;
      return connection.close();
    }
    if (this.failedTries > 0) this.options.logger.log(`hears ${this.options.channel} again`);
    this.failedTries = 0;
    this.options.heard();
  }

  private retryLater(error: Error): void {
    if (this.stopped || this.retry) return;
    const retryMs = this.options.retryMs ?? 1_000;
    if (this.failedTries++ % 30 === 0) {
      this.options.logger.warn(`no longer hears ${this.options.channel}, listening again in ${retryMs} ms: ${error.message}`);
    }
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, retryMs);
    this.retry.unref();
  }
}
