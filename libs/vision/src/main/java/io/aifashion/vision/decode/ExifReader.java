package io.aifashion.vision.decode;

/**
 * Reads the one EXIF field the pipeline needs, the Orientation tag, from a TIFF structure
 * (the payload of a JPEG APP1 "Exif" segment after its six-byte identifier, a PNG {@code eXIf}
 * chunk, or a WebP {@code EXIF} chunk).
 *
 * <p>Layout from TIFF 6.0 (Adobe, 1992), section 2 "TIFF Structure": an 8-byte header
 * ({@code II} little-endian or {@code MM} big-endian, the number 42, the offset of IFD0), then
 * IFD0: a 2-byte entry count and 12-byte entries (tag, type, count, value or offset). EXIF 2.32
 * (CIPA DC-008-2019) section 4.5.2 places Orientation (tag 0x0112, type SHORT, count 1) in IFD0.
 * Every other field, GPS included, is ignored and never leaves this method: the decoded pixels
 * carry no metadata.
 *
 * <p>Every offset is bounds-checked; a malformed structure yields {@link ExifOrientation#TOP_LEFT}
 * (the picture as stored), the behaviour of common viewers.
 */
final class ExifReader {

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int MAX_IFD_ENTRIES = 1000;

    private ExifReader() {
    }

    /** The orientation in the TIFF structure at {@code data[offset, offset + length)}. */
    static ExifOrientation orientation(byte[] data, int offset, int length) {
        int end = Math.min(data.length, offset + length);
        if (offset < 0 || end - offset < 8) {
            return ExifOrientation.TOP_LEFT;
        }
        boolean little;
        if (data[offset] == 'I' && data[offset + 1] == 'I') {
            little = true;
        } else if (data[offset] == 'M' && data[offset + 1] == 'M') {
            little = false;
        } else {
            return ExifOrientation.TOP_LEFT;
        }
        if (u16(data, offset + 2, little) != 42) {
            return ExifOrientation.TOP_LEFT;
        }
        long ifd = u32(data, offset + 4, little);
        if (ifd < 8 || offset + ifd + 2 > end) {
            return ExifOrientation.TOP_LEFT;
        }
        int p = offset + (int) ifd;
        int count = u16(data, p, little);
        if (count > MAX_IFD_ENTRIES) {
            return ExifOrientation.TOP_LEFT;
        }
        p += 2;
        for (int i = 0; i < count && p + 12 <= end; i++, p += 12) {
            if (u16(data, p, little) == TAG_ORIENTATION) {
                if (u16(data, p + 2, little) != TYPE_SHORT || u32(data, p + 4, little) != 1) {
                    return ExifOrientation.TOP_LEFT;
                }
                // A SHORT with count 1 is left-justified in the 4-byte value field (TIFF 6.0, "Value Offset").
                return ExifOrientation.fromTagValue(u16(data, p + 8, little));
            }
        }
        return ExifOrientation.TOP_LEFT;
    }

    static int u16(byte[] d, int p, boolean little) {
        int a = d[p] & 0xFF;
        int b = d[p + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    static long u32(byte[] d, int p, boolean little) {
        long a = d[p] & 0xFF;
        long b = d[p + 1] & 0xFF;
        long c = d[p + 2] & 0xFF;
        long e = d[p + 3] & 0xFF;
        return little ? a | b << 8 | c << 16 | e << 24 : a << 24 | b << 16 | c << 8 | e;
    }
}
