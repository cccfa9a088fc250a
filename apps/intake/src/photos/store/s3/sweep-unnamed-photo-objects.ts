import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import type { S3PhotoStoreConfig } from '../photo-store.config';
import { PhotoBucket } from './photo-bucket';
import { unnamedObjectKeys } from './unnamed-object-keys';

/** Objects looked at in one pass: the bucket is walked a page at a time, the next pass going on from the last. */
const PAGE = 500;

type SweepSettings = Pick<S3PhotoStoreConfig, 'keyPrefix' | 'sweepGraceMinutes' | 'sweepEveryMinutes'>;

/**
 * At start and then every few minutes, removes the photo objects no committed row names: those of reports whose
 * transaction failed after their photos were put, when removing them right away failed too. An object younger than
 * the grace period is left alone, since its report may still be committing. Once across instances (the job's
 * advisory lock): each instance would list the same pages of the bucket and remove the same objects again.
 */
export class SweepUnnamedPhotoObjects implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepUnnamedPhotoObjects.name);
  private readonly job: PeriodicJob;
  /**
   * The last key the previous pass in this instance looked at; undefined to start at the beginning of the bucket
   * again. (The instance that holds the lock next goes on from its own: a page may be looked at again, never skipped.)
   */
  private after: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bucket: PhotoBucket,
    private readonly settings: SweepSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'intake.sweep-unnamed-photo-objects',
      everyMs: settings.sweepEveryMinutes * 60_000,
      firstPass: 'at-start',
      pass: async () => {
        const removed = await this.sweepOnePage();
        if (removed > 0) this.logger.log(`removed ${removed} photo objects no report names`);
      },
      failing: 'could not sweep the photo bucket',
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

  /** One bounded pass; how many objects it removed. */
  async sweepOnePage(now = new Date()): Promise<number> {
    const page = await this.bucket.list(this.settings.keyPrefix, this.after, PAGE);
    this.after = page.truncated ? page.objects.at(-1)?.key : undefined;
    const before = now.getTime() - this.settings.sweepGraceMinutes * 60_000;
    const old = page.objects.filter((o) => o.lastModified.getTime() < before).map((o) => o.key);
    if (!old.length) return 0;
    const unnamed = await unnamedObjectKeys(this.dataSource, old);
    await this.bucket.delete(unnamed);
    return unnamed.length;
  }
}
