import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { MailReportsAwaitingLocation } from './mail-reports-awaiting-location';

const EVERY_MS = 15 * 60_000;

/**
 * Every quarter of an hour (and at start), the mail reports whose place never came are forgotten, photos and sealed
 * reporter with them: nothing of them was ever routed or published. Once across instances (the job's advisory
 * lock): a second instance would only delete the same rows again.
 */
@Injectable()
export class ForgetExpiredMailReports implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForgetExpiredMailReports.name);
  private readonly job: PeriodicJob;

  constructor(reports: MailReportsAwaitingLocation, dataSource: DataSource) {
    this.job = new PeriodicJob({
      name: 'intake.forget-expired-mail-reports',
      everyMs: EVERY_MS,
      firstPass: 'at-start',
      pass: async () => {
        const removed = await reports.forgetExpired();
        if (removed > 0) this.logger.log(`forgot ${removed} mail reports whose place never came`);
      },
      failing: 'could not forget expired mail reports',
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
