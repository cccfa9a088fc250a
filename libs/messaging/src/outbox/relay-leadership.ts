import { DataSource } from 'typeorm';
import { DedicatedConnection } from '@loket/persistence';

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
  private link: DedicatedConnection | null = null;
  private leading = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lockName: string,
    private readonly events: LeadershipEvents,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /**
   * True while this relay leads: takes the lock when it is free (and then LISTENs). A relay that leads reads the
   * outbox on this same connection ({@link RelayLeadership.query}), so a relay whose session is gone (and with it
   * the lock) fails there and publishes nothing before another leader starts. What it sent it deletes through the
   * pool: a session lost after the send must not leave those rows for the next leader to send again.
   */
  async holds(): Promise<boolean> {
    if (this.leading && this.link) return true;
    try {
      const link = await this.connection();
      const [{ locked }] = (await link.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [this.lockName])) as [
        { locked: boolean },
      ];
      if (locked) await link.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.leading = locked;
      return locked;
    } catch (error) {
      await this.dropConnection(); // the lock, if held, went with the connection
      throw error;
    }
  }

  /** Runs a statement on the leadership connection; only while leading. A failure drops the connection (and the lock). */
  async query<T>(sql: string, parameters: unknown[]): Promise<T> {
    const link = this.link;
    if (!link || !this.leading) throw new Error('the outbox relay does not lead');
    try {
      return await link.query<T>(sql, parameters);
    } catch (error) {
      await this.dropConnection();
      throw error;
    }
  }

  /** Gives the lock and the LISTEN up (another instance takes over at once) and the connection back. */
  async release(): Promise<void> {
    if (this.link && this.leading) {
      await this.link.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      await this.link.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.lockName]).catch(() => undefined);
    }
    await this.dropConnection();
  }

  private async connection(): Promise<DedicatedConnection> {
    if (this.link) return this.link;
    const link = await DedicatedConnection.open(this.dataSource, {
      notified: (channel) => {
        if (channel === OUTBOX_CHANNEL) this.events.notified();
      },
      lost: (error) => {
        if (this.link !== link) return;
        this.leading = false;
        this.link = null;
        this.events.lost(error);
      },
    });
    this.link = link;
    return link;
  }

  private async dropConnection(): Promise<void> {
    this.leading = false;
    const link = this.link;
    this.link = null;
    await link?.close();
  }
}
