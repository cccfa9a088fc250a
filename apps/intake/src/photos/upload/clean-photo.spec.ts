import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

// Every HEIC decode starts its own libheif (WebAssembly): tens of milliseconds on an idle machine, seconds on a
// loaded one (npm test runs the unit tests beside the chaos run), where one test's four decodes passed 5 s.
jest.setTimeout(30_000);

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

  it('turns an iPhone-style HEIC into an upright JPEG without EXIF or GPS (libheif applies irot, not the EXIF orientation too)', async () => {
    const heic = readFileSync(HEIC_FIXTURE); // see __fixtures__/make-heic-fixture.sh
    expect(sniffImageType(heic)).toEqual({ kind: 'heic', brand: 'heic' });
    expect(heic.toString('latin1')).toContain('LoketTestCam');
    expect(hasGpsInfo(heic)).toBe(true);

    const clean = await cleanPhoto(heic, 'photo 1');
    expect(clean).toMatchObject({ contentType: 'image/jpeg', width: 48, height: 64, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const after = await sharp(clean.data).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 48, height: 64 });
    for (const key of ['exif', 'xmp', 'icc', 'iptc', 'orientation'] as const) expect(after[key]).toBeUndefined();
    expect(clean.data.toString('latin1')).not.toContain('LoketTestCam');
    // Stored 64x48 red, green / blue, yellow and turned 90° clockwise once: blue, red / yellow, green.
    expect(await quadrantColours(clean.data)).toEqual({ topLeft: 'blue', topRight: 'red', bottomLeft: 'yellow', bottomRight: 'green' });
  });

  it('refuses a damaged HEIC with a clear 415, not a 500', async () => {
    const heic = readFileSync(HEIC_FIXTURE);
    const headerOnly = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(512, 1)]);
    for (const damaged of [heic.subarray(0, 600), heic.subarray(0, 200), headerOnly]) {
      await expect(cleanPhoto(damaged, 'photo 3')).rejects.toMatchObject({ status: 415, problemType: 'not-an-image', detail: expect.stringContaining('photo 3 looks like a photo but cannot be read') });
    }
    await expect(cleanPhoto(heic, 'photo 1')).resolves.toMatchObject({ width: 48, height: 64 }); // nothing stays behind
  });

  it('refuses a HEIC that declares too many pixels before decoding it', async () => {
    const heic = Buffer.from(readFileSync(HEIC_FIXTURE));
    const extent = heic.indexOf(Buffer.from('69737065' + '00000000' + '00000040' + '00000030', 'hex')); // the grid's ispe: 64x48
    heic.writeUInt32BE(20_000, extent + 8);
    heic.writeUInt32BE(20_000, extent + 12);
    await expect(cleanPhoto(heic, 'photo 2')).rejects.toMatchObject({ status: 413, detail: expect.stringContaining('photo 2 has too many pixels') });
  });

  it('still cleans an AVIF with sharp itself (its libvips decodes AV1)', async () => {
    const avif = await sharp({ create: { width: 32, height: 16, channels: 3, background: '#2060c0' } }).avif().withExif({ IFD0: { Make: 'LoketTestCam' } }).toBuffer();
    expect(sniffImageType(avif)).toMatchObject({ kind: 'avif' });
    const clean = await cleanPhoto(avif, 'photo 1');
    expect(clean).toMatchObject({ contentType: 'image/jpeg', width: 32, height: 16 });
    expect((await sharp(clean.data).metadata()).exif).toBeUndefined();
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
    ['HEIC', [0, 0, 0, 24, ...Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')], { kind: 'heic', brand: 'heic' }],
    ['HEIF by a compatible brand', [0, 0, 0, 24, ...Buffer.from('ftypXXXX\0\0\0\0mif1miaf', 'latin1')], { kind: 'heic', brand: 'mif1' }],
    ['AVIF', [0, 0, 0, 24, ...Buffer.from('ftypavif\0\0\0\0mif1miaf', 'latin1')], { kind: 'avif', brand: 'avif' }],
    ['AVIF by a compatible brand after the generic one', [0, 0, 0, 28, ...Buffer.from('ftypmif1\0\0\0\0mif1miafavif', 'latin1')], { kind: 'avif', brand: 'avif' }],
    ['an MP4 video', [0, 0, 0, 24, ...Buffer.from('ftypisom\0\0\0\0isomiso2', 'latin1')], { kind: 'unknown' }],
    ['a GIF', [...Buffer.from('GIF89a', 'latin1'), 0, 0], { kind: 'unknown' }],
    ['a script named photo.jpg', [...Buffer.from('<script>alert(1)</script>', 'latin1')], { kind: 'unknown' }],
    ['nothing', [], { kind: 'unknown' }],
  ])('%s', (_, bytes, expected) => {
    expect(sniffImageType(Buffer.from(bytes))).toEqual(expected);
  });
});

const HEIC_FIXTURE = join(__dirname, '__fixtures__', 'quadrants-rotated-gps.heic');
const FIXTURE_COLOURS: Record<string, number[]> = { red: [220, 40, 40], green: [40, 180, 60], blue: [40, 60, 200], yellow: [240, 220, 40] };

/**
 * The colour of each quadrant, by its mean over the quadrant's middle (off the edges, where HEVC and JPEG blur
 * colours together): the fixture's colour within 24 in each channel, or the mean itself when none is that near.
 */
async function quadrantColours(image: Buffer): Promise<Record<'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight', string>> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const mean = (left: number, top: number): string => {
    const [w, h] = [info.width / 2, info.height / 2];
    const sum = [0, 0, 0];
    let n = 0;
    for (let y = top + h / 4; y < top + (3 * h) / 4; y++) {
      for (let x = left + w / 4; x < left + (3 * w) / 4; x++, n++) for (let c = 0; c < 3; c++) sum[c]! += data[(y * info.width + x) * info.channels + c]!;
    }
    const rgb = sum.map((s) => Math.round(s / n));
    const named = Object.entries(FIXTURE_COLOURS).find(([, ref]) => ref.every((v, c) => Math.abs(v - rgb[c]!) <= 24));
    return named?.[0] ?? `rgb(${rgb.join(', ')})`;
  };
  return { topLeft: mean(0, 0), topRight: mean(info.width / 2, 0), bottomLeft: mean(0, info.height / 2), bottomRight: mean(info.width / 2, info.height / 2) };
}

/** A PNG whose header claims other dimensions (a decompression bomb's header, without its size). */
function withDimensions(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29); // IHDR: type and 13 data bytes, then its CRC
  return out;
}
