#!/usr/bin/env bash
# Makes quadrants-rotated-gps.heic once (the tests only read the file, they need none of these tools):
# a 64x48 photo of four colours (top left red, top right green, bottom left blue, bottom right yellow) with
# EXIF naming a camera and a GPS position, stored as an iPhone stores a portrait photo: the pixels as the sensor
# saw them in a one-tile grid, an `irot` turning them 90° clockwise, and EXIF Orientation 6 saying the same, so a
# correct decoder shows 48x64 with blue top left, red top right, yellow bottom left and green bottom right.
# Needs Debian's libheif-examples, libheif-dev, libimage-exiftool-perl and gcc, and `npm ci` (for sharp).
# Run from the repository root: bash apps/intake/src/photos/upload/__fixtures__/make-heic-fixture.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

node -e "
const sharp = require('sharp');
const [w, h] = [64, 48];
const quadrants = [[220, 40, 40], [40, 180, 60], [40, 60, 200], [240, 220, 40]];
const px = Buffer.alloc(w * h * 3);
for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px.set(quadrants[(y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1)], (y * w + x) * 3);
sharp(px, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 95 }).toFile('$tmp/source.jpg');
"
exiftool -q -overwrite_original -Make=LoketTestCam -Model='Phone 1' -Orientation#=6 \
  -GPSLatitudeRef=N -GPSLatitude=52.09 -GPSLongitudeRef=E -GPSLongitude=5.1217 "$tmp/source.jpg"
heif-enc -q 80 -o "$tmp/plain.heic" "$tmp/source.jpg" # copies the EXIF, but writes no irot for its orientation
gcc -O1 -o "$tmp/with-orientation" "$here/with-orientation.c" $(pkg-config --cflags --libs libheif)
"$tmp/with-orientation" "$tmp/plain.heic" "$tmp/rotated.heic" 6
# libheif 1.15 gives the grid the turned size in its ispe; the standard (and libheif 1.16 on) wants the size
# before the turn, 64x48, else decoding fails with "Decoded image does not have the size signaled in the file".
node -e "
const fs = require('fs');
const file = fs.readFileSync('$tmp/rotated.heic');
const turned = Buffer.from('69737065' + '00000000' + '00000030' + '00000040', 'hex'); // 'ispe', version 0, 48x64
const at = file.indexOf(turned);
if (at < 0 || file.indexOf(turned, at + 1) >= 0) throw new Error('expected exactly one ispe of 48x64');
file.writeUInt32BE(64, at + 8);
file.writeUInt32BE(48, at + 12);
fs.writeFileSync('$here/quadrants-rotated-gps.heic', file);
"
exiftool -s -Make -GPSPosition -Orientation "$here/quadrants-rotated-gps.heic"
