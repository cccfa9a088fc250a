import { PhotoStoreConfig, photoStoreConfigFromEnv } from './store/photo-store.config';

/** Only for development and tests; a deployment sets LOKET_PHOTO_LINK_SECRET (refused in production). */
const DEVELOPMENT_PHOTO_LINK_SECRET = 'loket-development-only-photo-link-secret';

export interface PhotosConfig {
  /** Shared with the workbench: it signs the short-lived links by which it fetches a photo from intake. */
  linkSecret: string;
  store: PhotoStoreConfig;
}

export function photosConfigFromEnv(env: NodeJS.ProcessEnv): PhotosConfig {
  const secret = env['LOKET_PHOTO_LINK_SECRET'];
  if (!secret && env['NODE_ENV'] === 'production') throw new Error('LOKET_PHOTO_LINK_SECRET must be set in production');
  if (secret !== undefined && secret !== '' && secret.length < 32) throw new Error('LOKET_PHOTO_LINK_SECRET must be at least 32 characters');
  return { linkSecret: secret || DEVELOPMENT_PHOTO_LINK_SECRET, store: photoStoreConfigFromEnv(env) };
}
