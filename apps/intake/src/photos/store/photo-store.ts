import type { EntityManager } from 'typeorm';
import type { PhotoContentType } from '@loket/contracts';
import type { CleanPhoto } from '../upload/clean-photo';

export interface PhotoToStore extends CleanPhoto {
  id: string;
  reportId: string;
  position: number;
}

export interface StoredPhotoContent {
  contentType: PhotoContentType;
  data: Buffer;
}

/**
 * Where intake keeps photos. `save` runs inside the report's transaction, so a report and its photos are stored
 * together or not at all. PostgreSQL (bytea) is the default; an S3-compatible store would put the objects first
 * under unguessable keys, record the keys in this transaction, and sweep objects no committed row names.
 */
export abstract class PhotoStore {
  abstract save(tx: EntityManager, photos: readonly PhotoToStore[]): Promise<void>;

  /** The photo, only when it belongs to that report. */
  abstract read(reportId: string, photoId: string): Promise<StoredPhotoContent | null>;
}
