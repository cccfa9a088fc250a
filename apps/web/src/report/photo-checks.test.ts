import { describe, expect, it } from 'vitest';
import { checkPhotos, MAX_PHOTO_BYTES } from './photo-checks';

const file = (name: string, type: string, size = 1000) => new File([new Uint8Array(size)], name, { type });

describe('checkPhotos', () => {
  it('takes up to three images', () => {
    const photos = [1, 2, 3, 4].map((n) => file(`p${n}.jpg`, 'image/jpeg'));
    const { accepted, problems } = checkPhotos([], photos);
    expect(accepted.map((p) => p.name)).toEqual(['p1.jpg', 'p2.jpg', 'p3.jpg']);
    expect(problems).toEqual([{ reason: 'too-many' }]);
  });

  it('refuses what is not an image and what is larger than 10 MB, by name', () => {
    const { accepted, problems } = checkPhotos([], [file('notes.pdf', 'application/pdf'), file('big.png', 'image/png', MAX_PHOTO_BYTES + 1)]);
    expect(accepted).toEqual([]);
    expect(problems).toEqual([{ file: 'notes.pdf', reason: 'not-an-image' }, { file: 'big.png', reason: 'too-large' }]);
  });

  it('accepts an iPhone photo the browser does not know the type of', () => {
    expect(checkPhotos([], [file('IMG_0001.HEIC', '')]).accepted).toHaveLength(1);
  });
});
