import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DeliverNextMessage } from './deliver-next-message';

export abstract class DeliveryLoopSettings {
  pollIntervalMs!: number;
  batchSize!: number;
}

/**
 * The delivery loop: every interval it sends what is due, up to a batch, and stops early when the mail
 * server fails (the rest waits for its own next attempt). Started with the app, stopped (after the message
 * in hand) when it shuts down.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deliverNext: DeliverNextMessage,
    private readonly settings: DeliveryLoopSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass: sends due messages until none is due, the batch is full or the mail server fails. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (let i = 0; i < this.settings.batchSize && !this.stopped; i++) {
      const outcome = await this.deliverNext.execute();
      if (outcome === 'sent') sent++;
      if (outcome === 'nothing-due' || outcome === 'retry-later') break;
    }
    return sent;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn(`delivery pass failed: ${(error as Error).message ?? String(error)}`))
        .finally(() => {
          this.running = null;
          this.schedule(this.settings.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
