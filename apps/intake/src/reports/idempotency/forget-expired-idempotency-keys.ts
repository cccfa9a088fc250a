import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { IdempotencyRecords } from './idempotency-records';

const EVERY_MS = 15 * 60_000;

/**
 * Every quarter of an hour (and at start), the Idempotency-Keys past their keeping time are forgotten. Once across
 * instances (the job's advisory lock): a second instance would only delete the same rows again.
 */
@Injectable()
export class ForgetExpiredIdempotencyKeys implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForgetExpiredIdempotencyKeys.name);
  private readonly job: PeriodicJob;

  constructor(records: IdempotencyRecords, dataSource: DataSource) {
    this.job = new PeriodicJob({
      name: 'intake.forget-expired-idempotency-keys',
      everyMs: EVERY_MS,
      firstPass: 'at-start',
      pass: async () => {
        const removed = await records.forgetExpired();
        if (removed > 0) this.logger.log(`forgot ${removed} expired Idempotency-Keys`);
      },
      failing: 'could not forget expired Idempotency-Keys',
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
}
