import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@loket/persistence';
import { DeliverNextMessage } from './deliver-next-message';

export abstract class DeliveryLoopSettings {
  pollIntervalMs!: number;
  batchSize!: number;
}

/**
 * The delivery loop: every interval it sends what is due, up to a batch, and stops early when the mail
 * server fails (the rest waits for its own next attempt). Started with the app, stopped (after the message
 * in hand) when it shuts down.
 * In every instance, no lock: each message is claimed with `FOR UPDATE SKIP LOCKED` and marked `sending` before it
 * leaves, so instances share the sending without sending anything twice.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly deliverNext: DeliverNextMessage,
    private readonly settings: DeliveryLoopSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'feedback.deliver-messages',
      everyMs: settings.pollIntervalMs,
      firstPass: 'at-start',
      pass: async () => {
        await this.runOnce();
      },
      failing: 'delivery pass failed',
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One pass: sends due messages until none is due, the batch is full or the mail server fails. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (let i = 0; i < this.settings.batchSize && !this.job.stopping.aborted; i++) {
      const outcome = await this.deliverNext.execute();
      if (outcome === 'sent') sent++;
      if (outcome === 'nothing-due' || outcome === 'retry-later') break;
    }
    return sent;
  }
}
