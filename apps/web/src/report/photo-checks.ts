/** What the browser checks before sending photos (intake checks again, by content). */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif'];

export type PhotoProblem = { file: string; reason: 'too-large' | 'not-an-image' } | { reason: 'too-many' };

export function checkPhotos(current: readonly File[], added: readonly File[]): { accepted: File[]; problems: PhotoProblem[] } {
  const accepted = [...current];
  const problems: PhotoProblem[] = [];
  for (const file of added) {
    const type = file.type.toLowerCase();
    if (!IMAGE_TYPES.includes(type) && !/\.(jpe?g|png|heic|heif)$/i.test(file.name)) problems.push({ file: file.name, reason: 'not-an-image' });
    else if (file.size > MAX_PHOTO_BYTES) problems.push({ file: file.name, reason: 'too-large' });
    else if (accepted.length >= MAX_PHOTOS) {
      if (!problems.some((p) => p.reason === 'too-many')) problems.push({ reason: 'too-many' });
    } else accepted.push(file);
  }
  return { accepted, problems };
}
