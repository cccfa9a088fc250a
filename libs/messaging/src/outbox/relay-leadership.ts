import { DataSource, QueryRunner } from 'typeorm';

/**
 * One relay per service publishes at a time, so a key's events leave in the order they were written even when
 * the service runs several instances. The leader holds a session advisory lock on a connection of its own; when
 * that connection is lost, PostgreSQL frees the lock and another instance (or this one, reconnected) takes it.
 */
export class RelayLeadership {
  private runner: QueryRunner | null = null;
  private leading = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lockName: string,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /** True while this relay leads: takes the lock when it is free, checks the connection when it holds it. */
  async holds(): Promise<boolean> {
    try {
      if (!this.runner) {
        const runner = this.dataSource.createQueryRunner();
        await runner.connect();
        this.runner = runner;
      }
      if (this.leading) {
        await this.runner.query('SELECT 1');
        return true;
      }
      const [{ locked }] = (await this.runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [this.lockName])) as [
        { locked: boolean },
      ];
      this.leading = locked;
      return locked;
    } catch (error) {
      await this.dropConnection(); // the lock, if held, went with the connection
      throw error;
    }
  }

  /** Gives the lock up (another instance takes over at once) and the connection back. */
  async release(): Promise<void> {
    if (this.runner && this.leading) {
      await this.runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.lockName]).catch(() => undefined);
    }
    await this.dropConnection();
  }

  private async dropConnection(): Promise<void> {
    this.leading = false;
    const runner = this.runner;
    this.runner = null;
    await runner?.release().catch(() => undefined);
  }
}
