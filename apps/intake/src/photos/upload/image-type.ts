/** What the first bytes of an upload say it is; the file's name and declared type are never believed. */
export type SniffedImage =
  | { kind: 'jpeg' }
  | { kind: 'png' }
  /** HEIF with HEVC pictures (a phone's HEIC), or with only the generic HEIF brand: ISO base media file by its brands. */
  | { kind: 'heic'; brand: string }
  /** HEIF with AV1 pictures (AVIF), which the prebuilt libvips of sharp decodes itself. */
  | { kind: 'avif'; brand: string }
  | { kind: 'unknown' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

export function sniffImageType(bytes: Uint8Array): SniffedImage {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { kind: 'jpeg' };
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return { kind: 'png' };
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = b.readUInt32BE(0);
    const brands = [b.toString('latin1', 8, 12)];
    // Compatible brands follow the minor version, up to the end of the ftyp box.
    for (let at = 16; at + 4 <= Math.min(boxSize, b.length, 64); at += 4) brands.push(b.toString('latin1', at, at + 4));
    // An AVIF names 'avif' among its brands and usually the generic 'mif1' too: the codec's brand decides.
    const avif = brands.find((x) => AVIF_BRANDS.has(x));
    if (avif) return { kind: 'avif', brand: avif };
    const heic = brands.find((x) => HEIC_BRANDS.has(x));
    if (heic) return { kind: 'heic', brand: heic };
  }
  return { kind: 'unknown' };
}
