/** What the first bytes of an upload say it is; the file's name and declared type are never believed. */
export type SniffedImage =
  | { kind: 'jpeg' }
  | { kind: 'png' }
  /** HEIF family (HEIC from phones, AVIF): ISO base media file with one of these brands. */
  | { kind: 'heif'; brand: string }
  | { kind: 'unknown' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);

export function sniffImageType(bytes: Uint8Array): SniffedImage {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { kind: 'jpeg' };
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return { kind: 'png' };
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = b.readUInt32BE(0);
    const brands = [b.toString('latin1', 8, 12)];
    // Compatible brands follow the minor version, up to the end of the ftyp box.
    for (let at = 16; at + 4 <= Math.min(boxSize, b.length, 64); at += 4) brands.push(b.toString('latin1', at, at + 4));
    const brand = brands.find((x) => HEIF_BRANDS.has(x));
    if (brand) return { kind: 'heif', brand };
  }
  return { kind: 'unknown' };
}
