import type { ClientBase, Notification } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';

export interface DedicatedConnectionEvents {
  /** A NOTIFY arrived on a channel this connection LISTENs on. */
  notified(channel: string): void;
  /** The session ended or failed (a restart, a terminated backend): the connection is given up. Called once. */
  lost(error: Error): void;
}

/**
 * A connection of the pool kept for one purpose (a LISTEN, a session advisory lock): notifications and the end of
 * its session are reported, and `close()` gives it back. Used by NotificationListener and the outbox relay's
 * leadership, which both must notice when PostgreSQL drops their session.
 */
export class DedicatedConnection {
  private closed = false;
  private readonly onNotification = (message: Notification) => this.events.notified(message.channel);
  private readonly onError = (error: Error) => this.lose(error);
  private readonly onEnd = () => this.lose(new Error('the connection ended'));

  private constructor(
    private readonly runner: QueryRunner,
    private readonly client: ClientBase,
    private readonly events: DedicatedConnectionEvents,
  ) {
    client.on('notification', this.onNotification);
    client.on('error', this.onError);
    client.on('end', this.onEnd);
  }

  static async open(dataSource: DataSource, events: DedicatedConnectionEvents): Promise<DedicatedConnection> {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    // TypeORM's pg driver keeps the pooled pg client here: notifications and the end of the session come on it.
    const client = (runner as unknown as { databaseConnection: ClientBase }).databaseConnection;
    return new DedicatedConnection(runner, client, events);
  }

  query<T>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.runner.query(sql, parameters) as Promise<T>;
  }

  /** Stops reporting and gives the connection back to the pool (a broken one is dropped by the pool). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.client.removeListener('notification', this.onNotification);
    this.client.removeListener('error', this.onError);
    this.client.removeListener('end', this.onEnd);
    await this.runner.release().catch(() => undefined);
  }

  private lose(error: Error): void {
    if (this.closed) return;
    void this.close();
    this.events.lost(error);
  }
}
