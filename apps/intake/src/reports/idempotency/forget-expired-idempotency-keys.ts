import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyRecords } from './idempotency-records';

const EVERY_MS = 15 * 60_000;

/** Every quarter of an hour (and at start), the Idempotency-Keys past their keeping time are forgotten. */
@Injectable()
export class ForgetExpiredIdempotencyKeys implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForgetExpiredIdempotencyKeys.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly records: IdempotencyRecords) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      const removed = await this.records.forgetExpired();
      if (removed > 0) this.logger.log(`forgot ${removed} expired Idempotency-Keys`);
    } catch (error) {
      this.logger.warn(`could not forget expired Idempotency-Keys (next try in 15 minutes): ${(error as Error).message}`);
    }
  }
}
