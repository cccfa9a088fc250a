import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { Clock } from '../../clock';
import { WebhookDeliveries } from '../persistence/webhook-deliveries';
import { WebhookSettings } from '../webhooks.config';

const EVERY_MS = 60 * 60_000;
const BATCH = 1_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * The webhooks' outbox is not kept for ever: every hour (and at start) the deliveries queued more than
 * `LOKET_WEBHOOK_LOG_DAYS` ago that have finished (delivered, or parked as failed) are forgotten with their attempts,
 * in batches so that no transaction grows with the backlog. A pending delivery stays until it finishes.
 * Once across instances (the job's advisory lock): a second instance would only delete the same rows again.
 */
@Injectable()
export class ForgetOldWebhookDeliveries implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForgetOldWebhookDeliveries.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly deliveries: WebhookDeliveries,
    private readonly settings: WebhookSettings,
    private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.job = new PeriodicJob({
      name: 'workbench.forget-old-webhook-deliveries',
      everyMs: EVERY_MS,
      firstPass: 'at-start',
      pass: async () => {
        const removed = await this.runOnce();
        if (removed > 0) this.logger.log(`forgot ${removed} finished webhook deliveries queued more than ${this.settings.keepLogDays} days ago`);
      },
      failing: 'could not forget old webhook deliveries',
      logger: this.logger,
      lock: new AdvisoryPassLock(dataSource),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Forgets every finished delivery queued before the keeping time; the number forgotten. */
  async runOnce(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.settings.keepLogDays * DAY_MS);
    let total = 0;
    for (;;) {
      const removed = await this.deliveries.forgetFinishedBefore(cutoff, BATCH);
      total += removed;
      if (removed < BATCH) return total;
    }
  }
}
