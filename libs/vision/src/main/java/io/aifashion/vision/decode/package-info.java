/** Bytes to upright 8-bit pixels: format sniffing, header limits (the decompression-bomb guard), EXIF orientation, bit depth and alpha. */
package io.aifashion.vision.decode;
