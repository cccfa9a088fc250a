import {
  DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import type { S3PhotoStoreConfig } from '../photo-store.config';

export interface PhotoObject {
  key: string;
  lastModified: Date;
}

export interface PhotoObjectPage {
  objects: PhotoObject[];
  /** More objects follow the last one of this page. */
  truncated: boolean;
}

/** The S3-compatible bucket intake keeps photos in. The only file that speaks the AWS SDK. */
export class PhotoBucket {
  private readonly client: S3Client;

  constructor(private readonly config: S3PhotoStoreConfig) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
        ...(this.config.serverSideEncryption ? { ServerSideEncryption: this.config.serverSideEncryption } : {}),
      }),
    );
  }

  /** The object's bytes, or null when there is no such object. */
  async get(key: string): Promise<Buffer | null> {
    try {
      const found = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return found.Body ? Buffer.from(await found.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  /** Removes the objects (at most 1,000); an object that is not there counts as removed. */
  async delete(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    const answer = await this.client.send(
      new DeleteObjectsCommand({ Bucket: this.config.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
    const [first, ...others] = answer.Errors ?? [];
    if (first) throw new Error(`${others.length + 1} of ${keys.length} objects not removed (${first.Key}: ${first.Code})`);
  }

  /** One page of the objects under the prefix, in key order, after the given key. */
  async list(prefix: string, after: string | undefined, max: number): Promise<PhotoObjectPage> {
    const page = await this.client.send(
      new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: prefix, MaxKeys: max, ...(after ? { StartAfter: after } : {}) }),
    );
    return {
      objects: (page.Contents ?? []).flatMap((o) => (o.Key && o.LastModified ? [{ key: o.Key, lastModified: o.LastModified }] : [])),
      truncated: page.IsTruncated === true,
    };
  }

  /** Called by Nest when intake stops: closes the client's connections. */
  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
