import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PhotoContentType } from '@loket/contracts';
import { insertPhotoRows } from '../photo-rows';
import { PhotoStore, PhotoStoreUnavailableError, PhotoToStore, PreparedPhoto, StoredPhotoContent } from '../photo-store';
import { ReportPhotoRecord } from '../report-photo.entity';
import { PhotoBucket } from './photo-bucket';
import { unnamedObjectKeys } from './unnamed-object-keys';

/**
 * Photos as objects in an S3-compatible bucket; their rows in intake's database name the objects. The objects are
 * put before the report's transaction under keys no one can guess (a random UUID, nothing of the report in it), the
 * rows written in it; a failed transaction's objects are removed at once, and whatever that misses is swept later
 * (SweepUnnamedPhotoObjects): an object no committed row names belongs to no report.
 */
export class S3PhotoStore extends PhotoStore {
  private readonly logger = new Logger(S3PhotoStore.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly bucket: PhotoBucket,
    private readonly keyPrefix: string,
  ) {
    super();
  }

  async prepare(photos: readonly PhotoToStore[]): Promise<PreparedPhoto[]> {
    const prepared: PreparedPhoto[] = [];
    try {
      for (const photo of photos) {
        const objectKey = `${this.keyPrefix}${randomUUID()}`;
        await this.bucket.put(objectKey, photo.data, photo.contentType);
        prepared.push({ ...photo, objectKey });
      }
      return prepared;
    } catch (error) {
      await this.abandon(prepared);
      throw new PhotoStoreUnavailableError(error);
    }
  }

  save(tx: EntityManager, photos: readonly PreparedPhoto[]): Promise<void> {
    return insertPhotoRows(tx, photos);
  }

  /**
   * Removes the objects no committed row names. Asked first, not assumed: a commit whose answer was lost on the way
   * may have stored the report after all. When the database cannot be asked, the sweep removes them later.
   */
  async abandon(photos: readonly PreparedPhoto[]): Promise<void> {
    const keys = photos.flatMap((photo) => (photo.objectKey ? [photo.objectKey] : []));
    if (!keys.length) return;
    try {
      await this.bucket.delete(await unnamedObjectKeys(this.dataSource, keys));
    } catch (error) {
      this.logger.warn(`could not remove the photo objects of a report not stored (the sweep will): ${(error as Error).message}`);
    }
  }

  /** Photos stored while intake kept them in PostgreSQL are read from there still. */
  async read(reportId: string, photoId: string): Promise<StoredPhotoContent | null> {
    const found = await this.dataSource.getRepository(ReportPhotoRecord).findOne({
      where: { id: photoId, reportId },
      select: { contentType: true, data: true, objectKey: true },
    });
    if (!found) return null;
    const contentType = found.contentType as PhotoContentType;
    if (found.data) return { contentType, data: found.data };
    if (!found.objectKey) return null; // cannot be: a row holds the bytes or names their object (chk_report_photos_bytes_in_one_place)
    const data = await this.bucket.get(found.objectKey);
    if (!data) {
      this.logger.error(`photo ${photoId} of report ${reportId}: its object ${found.objectKey} is not in the bucket`);
      return null;
    }
    return { contentType, data };
  }
}
