// Re-encodes the primary image of a HEIC with an orientation (irot/imir, as an iPhone writes), keeping its EXIF.
// Used once by make-heic-fixture.sh; nothing runs it in the tests.
#include <libheif/heif.h>
#include <stdio.h>
#include <stdlib.h>
static void check(struct heif_error e, const char* what) { if (e.code) { fprintf(stderr, "%s: %s\n", what, e.message); exit(1); } }
int main(int argc, char** argv) {
  if (argc != 4) { fprintf(stderr, "usage: with-irot IN.heic OUT.heic EXIF_ORIENTATION\n"); return 2; }
  struct heif_context* in = heif_context_alloc();
  check(heif_context_read_from_file(in, argv[1], NULL), "read");
  struct heif_image_handle* h; check(heif_context_get_primary_image_handle(in, &h), "primary");
  struct heif_image* img; check(heif_decode_image(h, &img, heif_colorspace_YCbCr, heif_chroma_420, NULL), "decode");
  struct heif_context* out = heif_context_alloc();
  struct heif_encoder* enc; check(heif_context_get_encoder_for_format(out, heif_compression_HEVC, &enc), "encoder");
  heif_encoder_set_lossy_quality(enc, 80);
  struct heif_encoding_options* opt = heif_encoding_options_alloc();
  opt->image_orientation = (enum heif_orientation) atoi(argv[3]);
  struct heif_image_handle* oh; check(heif_context_encode_image(out, img, enc, opt, &oh), "encode");
  heif_item_id ids[4]; int n = heif_image_handle_get_list_of_metadata_block_IDs(h, "Exif", ids, 4);
  for (int i = 0; i < n; i++) {
    size_t size = heif_image_handle_get_metadata_size(h, ids[i]); void* data = malloc(size);
    check(heif_image_handle_get_metadata(h, ids[i], data), "exif");
    // libheif stores a 4-byte TIFF-header offset before the EXIF; add_exif_metadata adds its own.
    check(heif_context_add_exif_metadata(out, oh, (char*) data + 4, size - 4), "add exif");
  }
  check(heif_context_write_to_file(out, argv[2]), "write");
  return 0;
}
