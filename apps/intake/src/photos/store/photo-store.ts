import type { EntityManager } from 'typeorm';
import type { PhotoContentType } from '@loket/contracts';
import type { CleanPhoto } from '../upload/clean-photo';

export interface PhotoToStore extends CleanPhoto {
  id: string;
  reportId: string;
  position: number;
}

/** A photo ready for its report's transaction: where an object store keeps it, its object is already there. */
export interface PreparedPhoto extends PhotoToStore {
  /** The object's key in the bucket, or null when the bytes go into the database with the row. */
  objectKey: string | null;
}

export interface StoredPhotoContent {
  contentType: PhotoContentType;
  data: Buffer;
}

/** The store cannot take the photos now (an object store does not answer): nothing of the report is stored. */
export class PhotoStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the photo store did not take the photos: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'PhotoStoreUnavailableError';
  }
}

/**
 * Where intake keeps photos, so that a report and its photos are stored together or not at all:
 * `prepare` before the report's transaction (an object store puts the objects under unguessable keys), `save` in
 * it (the rows, naming the keys), `abandon` when it failed or did not save them (the objects are removed, best
 * effort; whatever is left is swept later, since no committed row names it). PostgreSQL (bytea) is the default.
 */
export abstract class PhotoStore {
  /** Throws PhotoStoreUnavailableError when the photos cannot be put; nothing of them is left then but sweepable objects. */
  abstract prepare(photos: readonly PhotoToStore[]): Promise<PreparedPhoto[]>;

  abstract save(tx: EntityManager, photos: readonly PreparedPhoto[]): Promise<void>;

  abstract abandon(photos: readonly PreparedPhoto[]): Promise<void>;

  /** The photo, only when it belongs to that report. */
  abstract read(reportId: string, photoId: string): Promise<StoredPhotoContent | null>;
}
