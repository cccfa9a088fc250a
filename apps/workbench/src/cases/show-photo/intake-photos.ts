import { Injectable } from '@nestjs/common';
import { signedPhotoPath } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { PhotosConfig } from './photos.config';

export interface PhotoContent {
  contentType: string;
  data: Buffer;
}

/** Where the workbench gets a photo's bytes: from intake, which keeps them. */
export abstract class IntakePhotos {
  /** The photo, or null when intake no longer has it; a 502/503 problem when intake cannot answer. */
  abstract fetch(reportId: string, photoId: string): Promise<PhotoContent | null>;
}

export abstract class PhotoSettings implements PhotosConfig {
  abstract readonly intakeUrl: string;
  abstract readonly timeoutMs: number;
  abstract readonly linkSecret: string;
  abstract readonly linkTtlSeconds: number;
}

const ALLOWED_TYPES = new Set(['image/jpeg', 'image/png']);

/** Asks intake with a link signed for this one photo that expires in a minute (see `signedPhotoPath`). */
@Injectable()
export class HttpIntakePhotos extends IntakePhotos {
  constructor(private readonly settings: PhotoSettings) {
    super();
  }

  async fetch(reportId: string, photoId: string): Promise<PhotoContent | null> {
    const expires = Math.floor(Date.now() / 1000) + this.settings.linkTtlSeconds;
    const url = this.settings.intakeUrl + signedPhotoPath(this.settings.linkSecret, { reportId, photoId, expires });
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.settings.timeoutMs) });
    } catch (error) {
      throw PhotoFetchProblems.unavailable(`intake could not be reached (${(error as Error).message})`);
    }
    if (response.status === 404) return null;
    if (response.status === 503) throw PhotoFetchProblems.unavailable('intake is not ready');
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status !== 200 || !ALLOWED_TYPES.has(contentType)) {
      throw PhotoFetchProblems.badGateway(`intake answered ${response.status} ${contentType}`.trim());
    }
    return { contentType, data: Buffer.from(await response.arrayBuffer()) };
  }
}

export const PhotoFetchProblems = {
  unavailable(detail: string): ProblemException {
    return new ProblemException(503, 'photo-unavailable', 'The photo is not available right now', `No photo: ${detail}`);
  },
  badGateway(detail: string): ProblemException {
    return new ProblemException(502, 'photo-error', 'The photo could not be fetched', `No photo: ${detail}`);
  },
};
