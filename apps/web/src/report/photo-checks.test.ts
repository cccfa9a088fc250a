import { describe, expect, it } from 'vitest';
import { checkPhotos, imageKindOf, MAX_PHOTO_BYTES } from './photo-checks';

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
const HEIC = [0, 0, 0, 0x18, ...'ftypheic'.split('').map((c) => c.charCodeAt(0))];
const file = (name: string, type: string, head: number[] = JPEG, size = 1000) => {
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(head);
  return new File([bytes], name, { type });
};

describe('imageKindOf', () => {
  it('knows JPEG, PNG and HEIC by their first bytes, and nothing else', () => {
    expect(imageKindOf(new Uint8Array(JPEG))).toBe('jpeg');
    expect(imageKindOf(new Uint8Array(PNG))).toBe('png');
    expect(imageKindOf(new Uint8Array(HEIC))).toBe('heic');
    expect(imageKindOf(new TextEncoder().encode('Dit is geen foto'))).toBeNull();
    expect(imageKindOf(new Uint8Array([]))).toBeNull();
  });
});

describe('checkPhotos', () => {
  it('takes up to three images', async () => {
    const photos = [1, 2, 3, 4].map((n) => file(`p${n}.jpg`, 'image/jpeg'));
    const { accepted, problems } = await checkPhotos([], photos);
    expect(accepted.map((p) => p.name)).toEqual(['p1.jpg', 'p2.jpg', 'p3.jpg']);
    expect(problems).toEqual([{ reason: 'too-many' }]);
  });

  it('refuses a text file named .jpg by its content, and what is larger than 10 MB', async () => {
    const text = new File([new TextEncoder().encode('<script>alert(1)</script> geen foto')], 'vakantie.jpg', { type: 'image/jpeg' });
    const { accepted, problems } = await checkPhotos([], [text, file('big.png', 'image/png', PNG, MAX_PHOTO_BYTES + 1), file('notes.pdf', 'application/pdf', [0x25, 0x50, 0x44, 0x46])]);
    expect(accepted).toEqual([]);
    expect(problems).toEqual([
      { file: 'vakantie.jpg', reason: 'not-an-image' },
      { file: 'big.png', reason: 'too-large' },
      { file: 'notes.pdf', reason: 'not-an-image' },
    ]);
  });

  it('accepts an iPhone photo the browser does not know the type of', async () => {
    expect((await checkPhotos([], [file('IMG_0001.HEIC', '', HEIC)])).accepted).toHaveLength(1);
  });
});
