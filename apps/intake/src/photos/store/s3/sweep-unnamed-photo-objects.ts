import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { S3PhotoStoreConfig } from '../photo-store.config';
import { PhotoBucket } from './photo-bucket';
import { unnamedObjectKeys } from './unnamed-object-keys';

/** Objects looked at in one pass: the bucket is walked a page at a time, the next pass going on from the last. */
const PAGE = 500;

type SweepSettings = Pick<S3PhotoStoreConfig, 'keyPrefix' | 'sweepGraceMinutes' | 'sweepEveryMinutes'>;

/**
 * At start and then every few minutes, removes the photo objects no committed row names: those of reports whose
 * transaction failed after their photos were put, when removing them right away failed too. An object younger than
 * the grace period is left alone, since its report may still be committing.
 */
export class SweepUnnamedPhotoObjects implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepUnnamedPhotoObjects.name);
  private timer: NodeJS.Timeout | undefined;
  /** The last key the previous pass looked at; undefined to start at the beginning of the bucket again. */
  private after: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bucket: PhotoBucket,
    private readonly settings: SweepSettings,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), this.settings.sweepEveryMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      const removed = await this.sweepOnePage();
      if (removed > 0) this.logger.log(`removed ${removed} photo objects no report names`);
    } catch (error) {
      this.logger.warn(`could not sweep the photo bucket (next try in ${this.settings.sweepEveryMinutes} minutes): ${(error as Error).message}`);
    }
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
