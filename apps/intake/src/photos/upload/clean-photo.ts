import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import type { PhotoContentType } from '@loket/contracts';
import { decodeHeic, HeicNotDecoded } from './decode-heic';
import { sniffImageType } from './image-type';
import { MAX_PHOTO_BYTES, PhotoProblems } from './photo-problems';

/** A photo as Loket keeps it: decoded and encoded again, upright, with no metadata at all (no EXIF, GPS, XMP, ICC, IPTC). */
export interface CleanPhoto {
  contentType: PhotoContentType;
  data: Buffer;
  width: number;
  height: number;
  sha256: string;
}

/** Refuses decompression bombs: a phone photo of 48 megapixels passes. */
const MAX_INPUT_PIXELS = 60_000_000;
/** Larger photos are scaled down to fit this box: enough to read a lamp number, not a waste of storage. */
const MAX_EDGE = 4096;

/**
 * Recognises a photo by its content and re-encodes it without metadata (a HEIC becomes a JPEG). The new image
 * is read back and refused if anything identifying is still in it, so nothing is stored that was not proven
 * clean. `name` says which photo it is in problems (e.g. "photo 2").
 */
export async function cleanPhoto(upload: Buffer, name: string): Promise<CleanPhoto> {
  if (upload.length > MAX_PHOTO_BYTES) throw PhotoProblems.tooLarge(name);
  const sniffed = sniffImageType(upload);
  if (sniffed.kind === 'unknown') throw PhotoProblems.notAnImage(name);
  const source = sniffed.kind === 'heic' ? await openHeic(upload, name) : sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const pipeline = source
    .rotate() // apply the EXIF orientation to the pixels before the orientation tag goes
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
  const asPng = sniffed.kind === 'png';
  let encoded: { data: Buffer; info: { width: number; height: number } };
  try {
    encoded = await (asPng ? pipeline.png({ compressionLevel: 8 }) : pipeline.jpeg({ quality: 85 })).toBuffer({ resolveWithObject: true });
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/pixel limit/i.test(message)) throw PhotoProblems.tooManyPixels(name);
    throw PhotoProblems.unreadable(name);
  }
  await assertNoMetadata(encoded.data);
  return {
    contentType: asPng ? 'image/png' : 'image/jpeg',
    data: encoded.data,
    width: encoded.info.width,
    height: encoded.info.height,
    sha256: createHash('sha256').update(encoded.data).digest('hex'),
  };
}

/**
 * A HEIC as sharp input: the prebuilt libvips has no HEVC decoder, so libheif (WebAssembly) decodes it, upright,
 * and sharp takes the bare pixels, which carry no metadata at all.
 */
async function openHeic(upload: Buffer, name: string): Promise<Sharp> {
  try {
    const { pixels, width, height, channels } = await decodeHeic(upload, { maxPixels: MAX_INPUT_PIXELS });
    return sharp(pixels, { raw: { width, height, channels } });
  } catch (error) {
    if (!(error instanceof HeicNotDecoded)) throw error;
    throw error.reason === 'too-many-pixels' ? PhotoProblems.tooManyPixels(name) : PhotoProblems.unreadable(name);
  }
}

/** Proof, not trust: the encoded image carries no EXIF, XMP, IPTC, ICC profile or text comments. */
export async function assertNoMetadata(image: Buffer): Promise<void> {
  const meta = await sharp(image).metadata();
  const left: string[] = (['exif', 'xmp', 'iptc', 'icc', 'tifftagPhotoshop'] as const).filter((k) => meta[k] !== undefined);
  if (meta.comments?.length) left.push('comments');
  if (left.length) throw new Error(`metadata left in a cleaned photo: ${left.join(', ')}`);
}
