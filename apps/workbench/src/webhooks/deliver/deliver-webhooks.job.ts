import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@loket/persistence';
import { nextAttempt, signWebhook } from '@loket/webhooks';
import { Clock } from '../../clock';
import { AttemptOutcome, ClaimedDelivery, WebhookDeliveries } from '../persistence/webhook-deliveries';
import { WebhookSettings } from '../webhooks.config';
import { WebhookSender } from './webhook-sender';

const ERROR_MAX_LENGTH = 500;

export interface WebhookRun {
  claimed: number;
  delivered: number;
  failed: number;
}

/**
 * The scheduled webhook sender. Each run claims due deliveries (skipping rows another workbench instance
 * holds, each claim running out after the POST's timeout and a margin), posts them signed with a fresh
 * timestamp and the same `webhook-id` (the Loket event id), and records the attempt: a 2xx is delivered,
 * anything else is tried again on the retry schedule until it is parked as failed. At least once: a receiver
 * that answers too late, or a sender that dies before recording, means a second POST of the same id.
 * In every instance, no lock: the claims (`FOR UPDATE SKIP LOCKED`, with a lease) already give each delivery to one
 * instance, and slow receivers are better waited for by several.
 */
@Injectable()
export class DeliverWebhooks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliverWebhooks.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly deliveries: WebhookDeliveries,
    private readonly sender: WebhookSender,
    private readonly settings: WebhookSettings,
    private readonly clock: Clock,
  ) {
    this.job = new PeriodicJob({
      name: 'workbench.deliver-webhooks',
      everyMs: settings.pollIntervalMs,
      pass: (stopping) => this.drain(stopping),
      failing: 'webhook run failed',
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One batch of due deliveries, sent side by side. */
  async runOnce(): Promise<WebhookRun> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.settings.timeoutMs + 30_000);
    const claimed = await this.deliveries.claimDue(now, leaseUntil, this.settings.batchSize);
    const outcomes = await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    const delivered = outcomes.filter((o) => o.status === 'delivered').length;
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    if (failed > 0) this.logger.warn(`webhooks: ${failed} delivery(ies) parked as failed after their last attempt`);
    return { claimed: claimed.length, delivered, failed };
  }

  private async attempt(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const attemptedAt = this.clock.now();
    const body = JSON.stringify(delivery.payload);
    const headers = signWebhook(delivery.secret, delivery.payload.id, Math.floor(attemptedAt.getTime() / 1000), body);
    const started = Date.now();
    const result = await this.sender.post(delivery.targetUrl, { ...headers }, body, this.settings.timeoutMs);
    const durationMs = Date.now() - started;
    const outcome: AttemptOutcome = result.ok
      ? { attemptedAt, statusCode: result.statusCode, error: null, durationMs, status: 'delivered', nextAttemptAt: null }
      : this.failedAttempt(delivery, attemptedAt, result.statusCode, result.error, durationMs);
    await this.deliveries.recordAttempt(delivery, outcome);
    return outcome;
  }

  private failedAttempt(delivery: ClaimedDelivery, attemptedAt: Date, statusCode: number | null, error: string, durationMs: number): AttemptOutcome {
    const next = nextAttempt(this.settings.retry, delivery.attempts + 1, delivery.createdAt, attemptedAt);
    const message = error.slice(0, ERROR_MAX_LENGTH);
    return next.retry
      ? { attemptedAt, statusCode, error: message, durationMs, status: 'pending', nextAttemptAt: next.at }
      : { attemptedAt, statusCode, error: `${message} (given up: ${next.reason})`.slice(0, ERROR_MAX_LENGTH), durationMs, status: 'failed', nextAttemptAt: null };
  }

  /** Batch after batch while batches come back full, until the service stops. */
  private async drain(stopping: AbortSignal): Promise<void> {
    for (;;) {
      const run = await this.runOnce();
      if (stopping.aborted || run.claimed < this.settings.batchSize) return;
    }
  }
}
