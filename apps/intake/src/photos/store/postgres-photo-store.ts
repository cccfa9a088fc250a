import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PhotoContentType } from '@loket/contracts';
import { insertPhotoRows } from './photo-rows';
import { PhotoStore, PhotoToStore, PreparedPhoto, StoredPhotoContent } from './photo-store';
import { ReportPhotoRecord } from './report-photo.entity';

/** Photos in intake's own database, next to their report (table report_photos): nothing outside the transaction. */
@Injectable()
export class PostgresPhotoStore extends PhotoStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async prepare(photos: readonly PhotoToStore[]): Promise<PreparedPhoto[]> {
    return photos.map((photo) => ({ ...photo, objectKey: null }));
  }

  save(tx: EntityManager, photos: readonly PreparedPhoto[]): Promise<void> {
    return insertPhotoRows(tx, photos);
  }

  async abandon(): Promise<void> {
    // Nothing was put outside the transaction that failed.
  }

  /** A photo kept in a bucket (stored while intake used S3) is not readable from here: null, as for any other. */
  async read(reportId: string, photoId: string): Promise<StoredPhotoContent | null> {
    const found = await this.dataSource.getRepository(ReportPhotoRecord).findOne({
      where: { id: photoId, reportId },
      select: { contentType: true, data: true },
    });
    return found?.data ? { contentType: found.contentType as PhotoContentType, data: found.data } : null;
  }
}
