/** What the browser checks before sending photos (intake checks again, by content, and is the one that decides). */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type PhotoProblem = { file: string; reason: 'too-large' | 'not-an-image' } | { reason: 'too-many' };

/** What a file is by its first bytes, as intake recognises it: JPEG, PNG or HEIC/HEIF, or none of them. */
export function imageKindOf(head: Uint8Array): 'jpeg' | 'png' | 'heic' | null {
  const at = (i: number) => head[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'png';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(8, 12))) return 'heic';
  return null;
}

/** The first bytes of a file (FileReader: every browser has it, and so does the test DOM). */
function headOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file.slice(0, 12));
  });
}

/**
 * The photos to keep after the resident picked `added`: each at most 10 MB, an image by its content (a text
 * file named .jpg is not one), at most three in all. Every refusal is named, so the page can say why.
 */
export async function checkPhotos(current: readonly File[], added: readonly File[]): Promise<{ accepted: File[]; problems: PhotoProblem[] }> {
  const accepted = [...current];
  const problems: PhotoProblem[] = [];
  for (const file of added) {
    if (file.size > MAX_PHOTO_BYTES) problems.push({ file: file.name, reason: 'too-large' });
    else if ((await headOf(file).then(imageKindOf, () => null)) === null) problems.push({ file: file.name, reason: 'not-an-image' });
    else if (accepted.length >= MAX_PHOTOS) {
      if (!problems.some((p) => p.reason === 'too-many')) problems.push({ reason: 'too-many' });
    } else accepted.push(file);
  }
  return { accepted, problems };
}
