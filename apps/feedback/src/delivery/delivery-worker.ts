import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@loket/persistence';
import { DeliverNextMessage } from './deliver-next-message';

export abstract class DeliveryLoopSettings {
  pollIntervalMs!: number;
  batchSize!: number;
  /** How many messages of a batch are on their way at once (each on a pooled SMTP connection of its own). */
  concurrency!: number;
}

/**
 * The delivery loop: when woken (a message was written, see DeliveryWakeUp) and every interval anyway, it sends
 * what is due, a batch at a time and batch after batch while batches come full (so a burst leaves at the mail
 * server's pace, not at one batch per interval), and stops early when the mail server fails (the rest waits for
 * its own next attempt). Started with the app, stopped (after the message in hand) when it shuts down.
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
        await this.drain();
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

  /** A message was written: a pass now, or right after the one under way (DeliveryWakeUp calls this). */
  wake(): void {
    this.job.wake();
  }

  /** Batch after batch while they come full (more may be due): returns how many messages left. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.sendBatch();
      sent += batch.sent;
      if (!batch.full || this.job.stopping.aborted) return sent;
    }
  }

  /** One batch: sends due messages until none is due, the batch is full or the mail server fails. */
  async runOnce(): Promise<number> {
    return (await this.sendBatch()).sent;
  }

  /**
   * One batch, up to `concurrency` messages at a time: each lane claims and sends the next due message until the
   * batch is taken, nothing is due or the mail server fails (then no lane takes another). Lanes never share a
   * message: each claim is `FOR UPDATE SKIP LOCKED`, as between instances. One at a time a mail's round trips
   * (claim, SMTP, record) capped a burst at about nine receipts a second. The pass starts with one lane and, from
   * the second message found on, adds one each time a lane found something due (more may be), so a burst fans out
   * to the concurrency within a few messages, while a pass woken for a single message claims twice, not once per
   * lane (eight lanes claimed nine times for each woken message: feedback's statements per report went 27 → 44).
   */
  private async sendBatch(): Promise<{ sent: number; full: boolean }> {
    let sent = 0;
    let taken = 0;
    let ended = false; // nothing due, the mail server failing, a failure or shutting down: the batch is not full
    const maxLanes = Math.max(1, Math.min(this.settings.concurrency, this.settings.batchSize));
    const lanes: Promise<void>[] = [];
    let found = 0;
    const lane = async (): Promise<void> => {
      while (!ended && taken < this.settings.batchSize) {
        if (this.job.stopping.aborted) {
          ended = true;
          return;
        }
        taken++;
        try {
          const outcome = await this.deliverNext.execute();
          if (outcome === 'sent') sent++;
          if (outcome === 'nothing-due' || outcome === 'retry-later') ended = true;
        } catch (error) {
          ended = true;
          throw error;
        }
        found++;
        if (found > 1 && !ended && lanes.length < maxLanes && taken < this.settings.batchSize) lanes.push(lane());
      }
    };
    lanes.push(lane());
    // lanes are added while others run: settle until every lane ever started has ended
    const results: PromiseSettledResult<void>[] = [];
    while (results.length < lanes.length) results.push(...(await Promise.allSettled(lanes.slice(results.length))));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure) throw failure.reason;
    return { sent, full: !ended };
  }
}
