import { photoStoreConfigFromEnv } from './photo-store.config';

const S3 = {
  LOKET_PHOTO_STORE: 's3',
  LOKET_S3_ENDPOINT: 'http://127.0.0.1:9090/',
  LOKET_S3_REGION: 'eu-central-1',
  LOKET_S3_BUCKET: 'loket-photos',
  LOKET_S3_ACCESS_KEY_ID: 'loket',
  LOKET_S3_SECRET_ACCESS_KEY: 'loket-secret',
};

describe('photo store configuration', () => {
  it('is PostgreSQL unless S3 is chosen', () => {
    expect(photoStoreConfigFromEnv({})).toEqual({ kind: 'postgres' });
    expect(photoStoreConfigFromEnv({ LOKET_PHOTO_STORE: 'postgres', LOKET_S3_BUCKET: 'ignored' })).toEqual({ kind: 'postgres' });
  });

  it('reads an S3-compatible server with path-style URLs and safe defaults', () => {
    expect(photoStoreConfigFromEnv(S3)).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9090',
      region: 'eu-central-1',
      bucket: 'loket-photos',
      accessKeyId: 'loket',
      secretAccessKey: 'loket-secret',
      forcePathStyle: true,
      serverSideEncryption: undefined,
      keyPrefix: 'report-photos/',
      sweepGraceMinutes: 60,
      sweepEveryMinutes: 15,
    });
  });

  it('reads Amazon S3 itself (no endpoint: virtual-hosted URLs) with server-side encryption', () => {
    expect(photoStoreConfigFromEnv({ ...S3, LOKET_S3_ENDPOINT: undefined, LOKET_S3_SSE: 'aws:kms', LOKET_S3_KEY_PREFIX: 'intake/' })).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
      serverSideEncryption: 'aws:kms',
      keyPrefix: 'intake/',
    });
  });

  it.each([
    [{ LOKET_PHOTO_STORE: 'disk' }, /LOKET_PHOTO_STORE must be one of postgres, s3, got "disk"/],
    [{ LOKET_PHOTO_STORE: 's3' }, /LOKET_PHOTO_STORE=s3 needs LOKET_S3_BUCKET, LOKET_S3_REGION, LOKET_S3_ACCESS_KEY_ID, LOKET_S3_SECRET_ACCESS_KEY/],
    [{ ...S3, LOKET_S3_SECRET_ACCESS_KEY: '' }, /needs LOKET_S3_SECRET_ACCESS_KEY \(missing\)/],
    [{ ...S3, LOKET_S3_ENDPOINT: 'minio:9000' }, /LOKET_S3_ENDPOINT/],
    [{ ...S3, LOKET_S3_FORCE_PATH_STYLE: 'yes' }, /LOKET_S3_FORCE_PATH_STYLE must be true or false/],
    [{ ...S3, LOKET_S3_SSE: 'aes' }, /LOKET_S3_SSE must be one of none, AES256, aws:kms/],
    [{ ...S3, LOKET_S3_KEY_PREFIX: '' }, /LOKET_S3_KEY_PREFIX/],
    [{ ...S3, LOKET_S3_KEY_PREFIX: 'photos' }, /LOKET_S3_KEY_PREFIX/],
    [{ ...S3, LOKET_S3_SWEEP_GRACE_MINUTES: '1' }, /at least 5/],
  ])('refuses %j at start', (env, message) => {
    expect(() => photoStoreConfigFromEnv(env)).toThrow(message);
  });
});
