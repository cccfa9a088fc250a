import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { ApplyRetention } from './apply-retention.use-case';

export abstract class RetentionScheduleSettings {
  abstract readonly intervalMs: number;
}

/**
 * Runs the retention pass at start and then every interval (LOKET_FEEDBACK_RETENTION_INTERVAL_MS); a failed pass
 * is logged and tried next time. Once across instances (the job's advisory lock): the pass picks reporters with
 * `SKIP LOCKED` but tells done from not done by the retention log, which a second instance's snapshot may not
 * see yet, so two passes side by side could anonymise a report twice and log it twice.
 */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionSchedule.name);
  /** `job.runPass()` is one pass as scheduled. */
  readonly job: PeriodicJob;

  constructor(retention: ApplyRetention, settings: RetentionScheduleSettings, dataSource: DataSource) {
    this.job = new PeriodicJob({
      name: 'feedback.retention',
      everyMs: settings.intervalMs,
      firstPass: 'at-start',
      pass: async () => {
        await retention.run(new Date());
      },
      failing: 'retention pass failed',
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
