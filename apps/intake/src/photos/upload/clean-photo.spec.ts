import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { assertNoMetadata, cleanPhoto } from './clean-photo';
import { sniffImageType } from './image-type';

/** A small photo taken "somewhere in Utrecht", with the camera's EXIF and GPS, as a phone would send it. */
export async function jpegWithGps(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'LoketTestCam', Model: 'Phone 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 1800/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether EXIF holds a GPSInfo pointer (tag 0x8825), in either byte order. */
export function hasGpsInfo(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])));
}

describe('cleanPhoto', () => {
  it('removes EXIF and GPS (proven on the input first) and turns the photo upright by its orientation', async () => {
    const original = await jpegWithGps(64, 48);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('LoketTestCam');
    expect(hasGpsInfo(before.exif)).toBe(true);
    expect(before.orientation).toBe(6);

    const clean = await cleanPhoto(original, 'photo 1');
    const after = await sharp(clean.data).metadata();
    expect(after.format).toBe('jpeg');
    for (const key of ['exif', 'xmp', 'icc', 'iptc', 'orientation'] as const) expect(after[key]).toBeUndefined();
    expect(clean.data.toString('latin1')).not.toContain('LoketTestCam');
    expect(clean.data.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(clean).toMatchObject({ contentType: 'image/jpeg', width: 48, height: 64, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('removes text chunks and XMP from a PNG and keeps it a PNG', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: '#00ff0080' } })
      .png()
      .withMetadata()
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>secret-place</rdf:Description></rdf:RDF></x:xmpmeta>')
      .toBuffer();
    expect((await sharp(png).metadata()).xmp?.toString()).toContain('secret-place');
    const clean = await cleanPhoto(png, 'photo 1');
    expect(clean).toMatchObject({ contentType: 'image/png', width: 20, height: 10 });
    expect((await sharp(clean.data).metadata()).xmp).toBeUndefined();
    await expect(assertNoMetadata(clean.data)).resolves.toBeUndefined();
  });

  it('refuses what is not an image, whatever it is called, and a damaged JPEG', async () => {
    await expect(cleanPhoto(Buffer.from('%PDF-1.7 not a photo'), 'photo 2')).rejects.toMatchObject({ status: 415, detail: expect.stringContaining('photo 2 is not a JPEG, PNG or HEIC') });
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    await expect(cleanPhoto(truncated, 'photo 1')).rejects.toMatchObject({ status: 415, problemType: 'not-an-image' });
  });

  it('refuses a HEIC it cannot decode with a clear 415 (the prebuilt libvips has no HEVC decoder)', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(512, 1)]);
    await expect(cleanPhoto(heic, 'photo 3')).rejects.toMatchObject({ status: 415, problemType: 'heic-not-supported' });
  });

  it('refuses a photo over 10 MB and a decompression bomb', async () => {
    await expect(cleanPhoto(Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), 'photo 1')).rejects.toMatchObject({ status: 413 });
    const bomb = withDimensions(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer(), 20_000, 20_000);
    await expect(cleanPhoto(bomb, 'photo 1')).rejects.toMatchObject({ status: 413, detail: expect.stringContaining('too many pixels') });
  });
});

describe('sniffImageType', () => {
  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xdb, 0, 0], { kind: 'jpeg' }],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], { kind: 'png' }],
    ['HEIC', [0, 0, 0, 24, ...Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')], { kind: 'heif', brand: 'heic' }],
    ['HEIF by a compatible brand', [0, 0, 0, 24, ...Buffer.from('ftypXXXX\0\0\0\0mif1miaf', 'latin1')], { kind: 'heif', brand: 'mif1' }],
    ['an MP4 video', [0, 0, 0, 24, ...Buffer.from('ftypisom\0\0\0\0isomiso2', 'latin1')], { kind: 'unknown' }],
    ['a GIF', [...Buffer.from('GIF89a', 'latin1'), 0, 0], { kind: 'unknown' }],
    ['a script named photo.jpg', [...Buffer.from('<script>alert(1)</script>', 'latin1')], { kind: 'unknown' }],
    ['nothing', [], { kind: 'unknown' }],
  ])('%s', (_, bytes, expected) => {
    expect(sniffImageType(Buffer.from(bytes))).toEqual(expected);
  });
});

/** A PNG whose header claims other dimensions (a decompression bomb's header, without its size). */
function withDimensions(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29); // IHDR: type and 13 data bytes, then its CRC
  return out;
}
