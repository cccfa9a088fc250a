import type { ClientBase, Notification } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';

/** The channel the outbox's insert trigger notifies (migration OutboxNotifyAndDelete1797400000000). */
export const OUTBOX_CHANNEL = 'loket_outbox';

export interface LeadershipEvents {
  /** A committed transaction wrote outbox rows. */
  notified(): void;
  /** The connection was lost: the lock went with it; the relay should ask again (and reconnect) soon. */
  lost(error: Error): void;
}

/**
 * One relay per service publishes at a time, so a key's events leave in the order they were written even when
 * the service runs several instances. The leader holds a session advisory lock on a connection of its own, and on
 * that same connection LISTENs for the outbox's notifications: only the leader is woken. When that connection is
 * lost, PostgreSQL frees the lock (and the LISTEN) and another instance (or this one, reconnected) takes it; the
 * new leader LISTENs before it reads the outbox, so a row committed during the hand-over is read or notified.
 */
export class RelayLeadership {
  private runner: QueryRunner | null = null;
  private client: ClientBase | null = null;
  private leading = false;
  private readonly onNotification = (message: Notification) => {
    if (message.channel === OUTBOX_CHANNEL) this.events.notified();
  };
  private readonly onConnectionError = (error: Error) => this.connectionLost(error);
  private readonly onConnectionEnd = () => this.connectionLost(new Error('the relay leadership connection ended'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly lockName: string,
    private readonly events: LeadershipEvents,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /**
   * True while this relay leads: takes the lock when it is free (and then LISTENs), checks the connection when it
   * holds it, so a relay whose session is gone stops publishing before another leader starts.
   */
  async holds(): Promise<boolean> {
    try {
      const runner = await this.connection();
      if (this.leading) {
        await runner.query('SELECT 1');
        return true;
      }
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [this.lockName])) as [
        { locked: boolean },
      ];
      if (locked) await runner.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.leading = locked;
      return locked;
    } catch (error) {
      await this.dropConnection(); // the lock, if held, went with the connection
      throw error;
    }
  }

  /** Gives the lock and the LISTEN up (another instance takes over at once) and the connection back. */
  async release(): Promise<void> {
    if (this.runner && this.leading) {
      await this.runner.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      await this.runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.lockName]).catch(() => undefined);
    }
    await this.dropConnection();
  }

  private async connection(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    // TypeORM's pg driver keeps the pooled pg client here: notifications and the end of the session come on it.
    const client = (runner as unknown as { databaseConnection: ClientBase }).databaseConnection;
    client.on('notification', this.onNotification);
    client.on('error', this.onConnectionError);
    client.on('end', this.onConnectionEnd);
    this.runner = runner;
    this.client = client;
    return runner;
  }

  private connectionLost(error: Error): void {
    if (!this.client) return;
    void this.dropConnection();
    this.events.lost(error);
  }

  private async dropConnection(): Promise<void> {
    this.leading = false;
    const [runner, client] = [this.runner, this.client];
    this.runner = null;
    this.client = null;
    client?.removeListener('notification', this.onNotification);
    client?.removeListener('error', this.onConnectionError);
    client?.removeListener('end', this.onConnectionEnd);
    await runner?.release().catch(() => undefined);
  }
}
