import { Injectable } from '@nestjs/common';
import { checkPhotoLink, PhotoLink } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { PhotosConfig } from '../photos.config';
import { PhotoStore, StoredPhotoContent } from '../store/photo-store';

export abstract class PhotoLinkSecret {
  abstract readonly linkSecret: PhotosConfig['linkSecret'];
}

/** A photo for a signed link: a 403 for a wrong or expired signature, a 404 for a photo that is not (or no longer) there. */
@Injectable()
export class ServePhoto {
  constructor(
    private readonly photos: PhotoStore,
    private readonly secret: PhotoLinkSecret,
  ) {}

  async execute(request: PhotoLink & { signature: string }, now = new Date()): Promise<StoredPhotoContent> {
    const { signature, ...link } = request;
    const check = checkPhotoLink(this.secret.linkSecret, link, signature, now);
    if (check !== 'valid') {
      throw new ProblemException(403, 'photo-link-refused', 'Not allowed', check === 'expired' ? 'The photo link has expired' : 'The photo link is not valid');
    }
    const photo = await this.photos.read(link.reportId, link.photoId);
    if (!photo) throw ProblemException.notFound('No such photo');
    return photo;
  }
}
