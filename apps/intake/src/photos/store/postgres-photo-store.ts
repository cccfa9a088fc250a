import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PhotoContentType } from '@loket/contracts';
import { PhotoStore, PhotoToStore, StoredPhotoContent } from './photo-store';
import { ReportPhotoRecord } from './report-photo.entity';

/** Photos in intake's own database, next to their report (table report_photos). */
@Injectable()
export class PostgresPhotoStore extends PhotoStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async save(tx: EntityManager, photos: readonly PhotoToStore[]): Promise<void> {
    for (const photo of photos) {
      await tx.insert(ReportPhotoRecord, {
        id: photo.id,
        reportId: photo.reportId,
        position: photo.position,
        contentType: photo.contentType,
        byteSize: photo.data.length,
        width: photo.width,
        height: photo.height,
        sha256: photo.sha256,
        data: photo.data,
      });
    }
  }

  async read(reportId: string, photoId: string): Promise<StoredPhotoContent | null> {
    const found = await this.dataSource.getRepository(ReportPhotoRecord).findOne({
      where: { id: photoId, reportId },
      select: { contentType: true, data: true },
    });
    return found ? { contentType: found.contentType as PhotoContentType, data: found.data } : null;
  }
}
