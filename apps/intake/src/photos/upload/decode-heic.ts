import type { heif_image } from 'libheif-js/libheif-wasm/libheif';
import createLibheif from 'libheif-js/libheif-wasm/libheif-bundle.js';

/** A HEIC's primary image as plain RGB pixels, row after row, already turned upright. */
export interface DecodedHeic {
  pixels: Buffer;
  width: number;
  height: number;
  channels: 3;
}

/** Why a HEIC was not decoded: too many pixels (checked before decoding), or libheif could not read it. */
export class HeicNotDecoded extends Error {
  constructor(
    readonly reason: 'too-many-pixels' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'HeicNotDecoded';
  }
}

/** What libheif-js gives for a decoded image (typed `any` in its declarations). */
interface DecodedImage {
  image: heif_image;
  channels: { id: unknown; width: number; height: number; stride: number; data: Uint8Array }[];
}

/**
 * Decodes the primary image of a HEIC with libheif compiled to WebAssembly (the prebuilt libvips of sharp has
 * no HEVC decoder). libheif applies the file's own rotation and mirroring (irot, imir) and its crop (clap); the
 * EXIF orientation is ignored, as the HEIF standard says (an iPhone writes both, so applying it too would turn
 * the photo twice). The declared size is checked against `maxPixels` before anything is decoded.
 *
 * Each call has its own instance of libheif (tens of milliseconds to start), so the memory a large photo needs
 * is given back afterwards and nothing a damaged file did stays behind for the next.
 */
export async function decodeHeic(bytes: Uint8Array, { maxPixels }: { maxPixels: number }): Promise<DecodedHeic> {
  const libheif = createLibheif();
  const context = libheif.heif_context_alloc();
  try {
    const read = libheif.heif_context_read_from_memory(context, bytes);
    if (read.code !== libheif.heif_error_code.heif_error_Ok) throw new HeicNotDecoded('unreadable', `libheif: ${String(read.message)}`);
    const handle = libheif.heif_js_context_get_primary_image_handle(context);
    if (!handle || handle.code) throw new HeicNotDecoded('unreadable', `libheif: ${handle?.message ?? 'no primary image'}`);
    try {
      const width = libheif.heif_image_handle_get_width(handle);
      const height = libheif.heif_image_handle_get_height(handle);
      if (width * height > maxPixels) throw new HeicNotDecoded('too-many-pixels', `${width}x${height} is more than ${maxPixels} pixels`);
      const decoded = (await libheif.heif_js_decode_image2(handle, libheif.heif_colorspace.heif_colorspace_RGB, libheif.heif_chroma.heif_chroma_interleaved_RGB)) as
        | DecodedImage
        | { code: unknown; message: string }
        | undefined;
      if (!decoded || 'code' in decoded) throw new HeicNotDecoded('unreadable', `libheif: ${decoded?.message ?? 'decoding failed'}`);
      try {
        const plane = decoded.channels.find((c) => c.id === libheif.heif_channel.heif_channel_interleaved);
        if (!plane) throw new HeicNotDecoded('unreadable', 'libheif gave no interleaved RGB plane');
        return { pixels: withoutRowPadding(plane, 3), width: plane.width, height: plane.height, channels: 3 };
      } finally {
        libheif.heif_image_release(decoded.image);
      }
    } finally {
      libheif.heif_image_handle_release(handle);
    }
  } finally {
    libheif.heif_context_free(context);
  }
}

/** libheif may pad each row (its stride); sharp's raw input wants the rows back to back. */
function withoutRowPadding(plane: DecodedImage['channels'][number], channels: number): Buffer {
  const rowBytes = plane.width * channels;
  const out = Buffer.alloc(rowBytes * plane.height);
  for (let row = 0; row < plane.height; row++) out.set(plane.data.subarray(row * plane.stride, row * plane.stride + rowBytes), row * rowBytes);
  return out;
}
