import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { MessagingConfig } from '../messaging.config';

export interface PruneResult {
  inbox: number;
}

/**
 * Keeps the inbox from growing for ever: processed event ids older than the inbox retention (never shorter than
 * the topics' own retention, so a redelivery is still recognised) are deleted on a schedule, a small batch per
 * statement so no lock is held long. The outbox needs no pruning: the relay deletes each row once the broker has
 * it, and a row it has not published is never touched here, however old.
 * Once across instances (the job's advisory lock): a second instance would only delete the same rows again.
 */
@Injectable()
export class PruneMessagingTables implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(PruneMessagingTables.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
  ) {
    this.job = new PeriodicJob({
      name: 'messaging.prune',
      everyMs: config.pruneIntervalMs,
      pass: async () => {
        await this.pruneAll();
      },
      failing: 'pruning the inbox failed',
      logger: this.log,
      lock: new AdvisoryPassLock(dataSource),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Prunes until nothing old enough is left; returns how many rows went. */
  async pruneAll(now = new Date()): Promise<PruneResult> {
    const inboxBefore = new Date(now.getTime() - this.config.inboxRetentionMs);
    const inbox = await this.inBatches(
      `DELETE FROM inbox_messages WHERE (consumer, event_id) IN (
         SELECT consumer, event_id FROM inbox_messages WHERE processed_at < $1 LIMIT $2)`,
      inboxBefore,
    );
    if (inbox > 0) this.log.log(`pruned ${inbox} inbox ids`);
    return { inbox };
  }

  private async inBatches(sql: string, before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = (await this.dataSource.query(sql, [before, this.config.pruneBatchSize])) as [unknown, number];
      total += deleted;
      if (deleted < this.config.pruneBatchSize) return total;
    }
  }
}
