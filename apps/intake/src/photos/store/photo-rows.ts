import type { EntityManager } from 'typeorm';
import type { PreparedPhoto } from './photo-store';
import { ReportPhotoRecord } from './report-photo.entity';

/** The photos' rows, in the report's transaction: the bytes themselves, or the key of the object that holds them. */
export async function insertPhotoRows(tx: EntityManager, photos: readonly PreparedPhoto[]): Promise<void> {
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
      data: photo.objectKey === null ? photo.data : null,
      objectKey: photo.objectKey,
    });
  }
}
