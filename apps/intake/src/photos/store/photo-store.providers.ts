import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PhotoStoreConfig } from './photo-store.config';
import { PhotoStore } from './photo-store';
import { PostgresPhotoStore } from './postgres-photo-store';
import { PhotoBucket } from './s3/photo-bucket';
import { S3PhotoStore } from './s3/s3-photo-store';
import { SweepUnnamedPhotoObjects } from './s3/sweep-unnamed-photo-objects';

/** The configured photo store; for S3 also its bucket and the sweep of objects no report names. */
export function photoStoreProviders(config: PhotoStoreConfig): Provider[] {
  if (config.kind === 'postgres') return [{ provide: PhotoStore, useClass: PostgresPhotoStore }];
  return [
    { provide: PhotoBucket, useFactory: () => new PhotoBucket(config) },
    { provide: PhotoStore, useFactory: (db: DataSource, bucket: PhotoBucket) => new S3PhotoStore(db, bucket, config.keyPrefix), inject: [DataSource, PhotoBucket] },
    { provide: SweepUnnamedPhotoObjects, useFactory: (db: DataSource, bucket: PhotoBucket) => new SweepUnnamedPhotoObjects(db, bucket, config), inject: [DataSource, PhotoBucket] },
  ];
}
