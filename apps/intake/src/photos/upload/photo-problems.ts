import { ProblemException } from '@loket/http';
import { MAX_PHOTOS_PER_REPORT } from '@loket/contracts';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** What goes wrong with photos, as the problems the resident's form shows. */
export const PhotoProblems = {
  tooLarge(name: string): ProblemException {
    return new ProblemException(413, 'photo-too-large', 'A photo is too large', `${name} is larger than 10 MB; send a smaller photo`);
  },
  requestTooLarge(): ProblemException {
    return new ProblemException(413, 'photo-too-large', 'The photos are too large', `Send at most ${MAX_PHOTOS_PER_REPORT} photos of at most 10 MB each`);
  },
  tooManyPixels(name: string): ProblemException {
    return new ProblemException(413, 'photo-too-large', 'A photo is too large', `${name} has too many pixels; send a smaller photo`);
  },
  notAnImage(name: string): ProblemException {
    return new ProblemException(415, 'not-an-image', 'Not a photo', `${name} is not a JPEG, PNG or HEIC photo (recognised by its content, not its name)`);
  },
  unreadable(name: string): ProblemException {
    return new ProblemException(415, 'not-an-image', 'Not a photo', `${name} looks like a photo but cannot be read; it may be damaged`);
  },
  tooMany(): ProblemException {
    return ProblemException.badRequest(`At most ${MAX_PHOTOS_PER_REPORT} photos per report`, [
      { field: 'photos', messages: [`at most ${MAX_PHOTOS_PER_REPORT} photos`] },
    ]);
  },
  badForm(detail: string, field: string): ProblemException {
    return ProblemException.badRequest(detail, [{ field, messages: [detail] }]);
  },
};
