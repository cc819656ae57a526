package io.aifashion.vision.decode;

import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.RejectionReason;

import java.nio.charset.StandardCharsets;

/**
 * Sniffs the format from the leading bytes and reads an image's dimensions, sample layout and EXIF
 * orientation from its header, without decoding pixels. This is what lets the decoder refuse a
 * decompression bomb (a small file declaring 30,000 x 30,000 pixels) before allocating anything.
 *
 * <p>Structures, by format:
 * <ul>
 *   <li>JPEG: ITU-T T.81 (1992) annex B (markers, SOFn frame header), JFIF 1.02 / ITU-T T.871,
 *       EXIF 2.32 section 4.5.4 (APP1 "Exif\0\0" segment), Adobe technical note 5116 (APP14 colour transform);</li>
 *   <li>PNG: ISO/IEC 15948:2004 / W3C PNG 3rd edition (signature, IHDR, chunk walk to IEND; {@code eXIf} and {@code acTL});</li>
 *   <li>WebP: RFC 9649 (2024), "WebP Image Format": RIFF container, {@code VP8 }, {@code VP8L} and {@code VP8X} headers, {@code EXIF} chunk.</li>
 * </ul>
 */
public final class HeaderReader {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] EXIF_ID = {'E', 'x', 'i', 'f', 0, 0};

    private HeaderReader() {
    }

    /**
     * Reads the header of {@code data}.
     *
     * @throws ImageRejectedException {@code empty}, {@code unsupported-format}, {@code truncated} (the header itself is cut)
     *                                or {@code corrupt} (the header is inconsistent)
     */
    public static ImageHeader read(byte[] data) throws ImageRejectedException {
        if (data == null || data.length == 0) {
            throw new ImageRejectedException(RejectionReason.EMPTY, "The file is empty (0 bytes).");
        }
        if (startsWith(data, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return jpeg(data);
        }
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return png(data);
        }
        if (data.length >= 12 && ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
            return webp(data);
        }
        throw new ImageRejectedException(RejectionReason.UNSUPPORTED_FORMAT, describeUnsupported(data));
    }

    // ---------------------------------------------------------------- JPEG

    private static ImageHeader jpeg(byte[] d) throws ImageRejectedException {
        int n = d.length;
        int p = 2;
        ExifOrientation orientation = ExifOrientation.TOP_LEFT;
        boolean metadata = false;
        int adobeTransform = -1;
        int precision = 0;
        int width = 0;
        int height = 0;
        int components = 0;
        boolean frame = false;
        while (true) {
            // Markers may be preceded by any number of 0xFF fill bytes (T.81 B.1.1.2).
            while (p < n && (d[p] & 0xFF) == 0xFF && p + 1 < n && (d[p + 1] & 0xFF) == 0xFF) {
                p++;
            }
            if (p + 1 >= n) {
                throw truncated("JPEG");
            }
            if ((d[p] & 0xFF) != 0xFF) {
                throw corrupt("JPEG marker expected at byte " + p + ".");
            }
            int marker = d[p + 1] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                p += 2; // stand-alone markers carry no length
                continue;
            }
            if (marker == 0xD9) {
                throw corrupt("The JPEG ends (EOI) before any image data.");
            }
            if (p + 3 >= n) {
                throw truncated("JPEG");
            }
            int length = (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF;
            if (length < 2) {
                throw corrupt("A JPEG segment declares a length below 2.");
            }
            int payload = p + 4;
            int payloadLength = length - 2;
            if (payload + payloadLength > n) {
                throw truncated("JPEG");
            }
            if (marker == 0xE1) {
                if (payloadLength >= 6 && startsWith(d, payload, EXIF_ID)) {
                    metadata = true;
                    orientation = ExifReader.orientation(d, payload + 6, payloadLength - 6);
                } else {
                    metadata = true; // XMP or another APP1 packet
                }
            } else if (marker == 0xEE && payloadLength >= 12 && ascii(d, payload, "Adobe")) {
                adobeTransform = d[payload + 11] & 0xFF;
            } else if (marker == 0xFE || (marker >= 0xE2 && marker <= 0xEF && marker != 0xEE)) {
                metadata |= marker != 0xE2; // APP2 is usually the ICC profile; others are metadata
            } else if (isStartOfFrame(marker)) {
                if (payloadLength < 6) {
                    throw corrupt("The JPEG frame header is too short.");
                }
                precision = d[payload] & 0xFF;
                height = (d[payload + 1] & 0xFF) << 8 | d[payload + 2] & 0xFF;
                width = (d[payload + 3] & 0xFF) << 8 | d[payload + 4] & 0xFF;
                components = d[payload + 5] & 0xFF;
                frame = true;
            } else if (marker == 0xDA) {
                if (!frame) {
                    throw corrupt("The JPEG scan starts before its frame header.");
                }
                break;
            }
            p = payload + payloadLength;
        }
        if (width == 0) {
            throw corrupt("The JPEG declares a width of 0.");
        }
        if (height == 0) {
            throw new ImageRejectedException(RejectionReason.UNSUPPORTED_FORMAT,
                    "The JPEG defines its height later in the stream (DNL marker), which is not supported.");
        }
        if (precision != 8 && precision != 12 && precision != 16) {
            throw corrupt("The JPEG declares a sample precision of " + precision + " bits.");
        }
        ColorModel model = switch (components) {
            case 1 -> ColorModel.GRAY;
            case 3 -> ColorModel.RGB;
            case 4 -> adobeTransform == 2 ? ColorModel.YCCK : ColorModel.CMYK;
            default -> throw corrupt("The JPEG declares " + components + " colour components.");
        };
        // The entropy-coded data must end with EOI (FF D9); a cut file lacks it. Bytes after EOI
        // (camera trailers, MPF secondary images) are allowed.
        boolean complete = false;
        for (int i = n - 2; i > p; i--) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) == 0xD9) {
                complete = true;
                break;
            }
        }
        return new ImageHeader(ImageFormat.JPEG, width, height, precision, model, orientation, false, metadata, complete);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    // ---------------------------------------------------------------- PNG

    private static ImageHeader png(byte[] d) throws ImageRejectedException {
        int n = d.length;
        if (n < 8 + 8 + 13) {
            throw truncated("PNG");
        }
        if (!ascii(d, 12, "IHDR") || be32(d, 8) != 13) {
            throw corrupt("The PNG does not start with its IHDR chunk.");
        }
        long width = be32(d, 16);
        long height = be32(d, 20);
        int depth = d[24] & 0xFF;
        int colorType = d[25] & 0xFF;
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw corrupt("The PNG declares dimensions " + width + " x " + height + ".");
        }
        ColorModel model = switch (colorType) {
            case 0 -> ColorModel.GRAY;
            case 2 -> ColorModel.RGB;
            case 3 -> ColorModel.PALETTE;
            case 4 -> ColorModel.GRAY_ALPHA;
            case 6 -> ColorModel.RGB_ALPHA;
            default -> throw corrupt("The PNG declares colour type " + colorType + ".");
        };
        if (depth != 1 && depth != 2 && depth != 4 && depth != 8 && depth != 16) {
            throw corrupt("The PNG declares bit depth " + depth + ".");
        }
        // Walk the chunks to IEND: lengths must fit, and the walk must reach the end marker.
        ExifOrientation orientation = ExifOrientation.TOP_LEFT;
        boolean metadata = false;
        boolean animated = false;
        boolean transparency = false;
        boolean complete = false;
        long p = 8;
        while (p + 8 <= n) {
            long length = be32(d, (int) p);
            if (length > Integer.MAX_VALUE) {
                throw corrupt("A PNG chunk declares a length of " + length + " bytes.");
            }
            int type = (int) p + 4;
            long dataStart = p + 8;
            long next = dataStart + length + 4; // + CRC
            if (ascii(d, type, "IEND")) {
                complete = true;
                break;
            }
            if (next > n) {
                break;
            }
            if (ascii(d, type, "eXIf")) {
                metadata = true;
                orientation = ExifReader.orientation(d, (int) dataStart, (int) length);
            } else if (ascii(d, type, "acTL")) {
                animated = true;
            } else if (ascii(d, type, "tRNS")) {
                transparency = true;
            } else if (ascii(d, type, "tEXt") || ascii(d, type, "iTXt") || ascii(d, type, "zTXt")) {
                metadata = true;
            }
            p = next;
        }
        if (transparency && model == ColorModel.RGB) {
            model = ColorModel.RGB_ALPHA;
        } else if (transparency && model == ColorModel.GRAY) {
            model = ColorModel.GRAY_ALPHA;
        }
        return new ImageHeader(ImageFormat.PNG, (int) width, (int) height, depth, model, orientation, animated, metadata, complete);
    }

    // ---------------------------------------------------------------- WebP

    private static ImageHeader webp(byte[] d) throws ImageRejectedException {
        int n = d.length;
        long riffSize = le32(d, 4);
        boolean complete = riffSize + 8 <= n;
        long end = Math.min(n, riffSize + 8);
        long p = 12;
        int width = 0;
        int height = 0;
        boolean alpha = false;
        boolean animated = false;
        boolean metadata = false;
        boolean extended = false;
        ExifOrientation orientation = ExifOrientation.TOP_LEFT;
        while (p + 8 <= end) {
            int q = (int) p;
            long size = le32(d, q + 4);
            long payload = p + 8;
            boolean whole = payload + size <= end;
            if (ascii(d, q, "VP8X")) {
                if (!whole || size < 10) {
                    throw truncated("WebP");
                }
                int flags = d[(int) payload] & 0xFF;
                alpha = (flags & 0x10) != 0;
                animated = (flags & 0x02) != 0;
                metadata = (flags & 0x0C) != 0;
                width = 1 + le24(d, (int) payload + 4);
                height = 1 + le24(d, (int) payload + 7);
                extended = true;
            } else if (ascii(d, q, "VP8 ")) {
                if (payload + 10 > n) {
                    throw truncated("WebP");
                }
                int b = (int) payload;
                if ((d[b] & 1) != 0 || (d[b + 3] & 0xFF) != 0x9D || (d[b + 4] & 0xFF) != 0x01 || (d[b + 5] & 0xFF) != 0x2A) {
                    throw corrupt("The WebP VP8 frame is not a key frame with a valid start code.");
                }
                if (!extended) {
                    width = (int) (le16(d, b + 6) & 0x3FFF);
                    height = (int) (le16(d, b + 8) & 0x3FFF);
                }
                if (!whole) {
                    complete = false;
                }
                break;
            } else if (ascii(d, q, "VP8L")) {
                if (payload + 5 > n) {
                    throw truncated("WebP");
                }
                int b = (int) payload;
                if ((d[b] & 0xFF) != 0x2F) {
                    throw corrupt("The WebP lossless stream has a wrong signature.");
                }
                long bits = le32(d, b + 1);
                if (!extended) {
                    width = (int) (bits & 0x3FFF) + 1;
                    height = (int) (bits >> 14 & 0x3FFF) + 1;
                    alpha = (bits >> 28 & 1) != 0;
                }
                if (!whole) {
                    complete = false;
                }
                break;
            } else if (ascii(d, q, "EXIF") && whole) {
                metadata = true;
                int start = (int) payload;
                int len = (int) size;
                if (len >= 6 && startsWith(d, start, EXIF_ID)) { // some writers keep the JPEG identifier
                    start += 6;
                    len -= 6;
                }
                orientation = ExifReader.orientation(d, start, len);
            } else if (ascii(d, q, "ANIM") || ascii(d, q, "ANMF")) {
                animated = true;
            } else if (ascii(d, q, "ALPH")) {
                alpha = true;
            }
            p = payload + size + (size & 1);
        }
        if (width == 0 || height == 0) {
            if (!complete) {
                throw truncated("WebP");
            }
            throw corrupt("The WebP file has no image frame.");
        }
        // In an extended file the EXIF chunk follows the image data: look for it there too.
        if (extended && orientation == ExifOrientation.TOP_LEFT) {
            orientation = trailingWebpExif(d, p, end);
        }
        return new ImageHeader(ImageFormat.WEBP, width, height, 8, alpha ? ColorModel.RGB_ALPHA : ColorModel.RGB,
                orientation, animated, metadata, complete);
    }

    private static ExifOrientation trailingWebpExif(byte[] d, long from, long end) {
        long p = from;
        while (p + 8 <= end) {
            int q = (int) p;
            long size = le32(d, q + 4);
            long payload = p + 8;
            if (payload + size > end) {
                break;
            }
            if (ascii(d, q, "EXIF")) {
                int start = (int) payload;
                int len = (int) size;
                if (len >= 6 && startsWith(d, start, EXIF_ID)) {
                    start += 6;
                    len -= 6;
                }
                return ExifReader.orientation(d, start, len);
            }
            p = payload + size + (size & 1);
        }
        return ExifOrientation.TOP_LEFT;
    }

    // ---------------------------------------------------------------- other formats, named for a clear refusal

    private static String describeUnsupported(byte[] d) {
        String what;
        if (ascii(d, 0, "%PDF")) {
            what = "a PDF document";
        } else if (ascii(d, 0, "GIF87a") || ascii(d, 0, "GIF89a")) {
            what = "a GIF image";
        } else if (ascii(d, 0, "BM") && d.length > 14) {
            what = "a BMP image";
        } else if (ascii(d, 0, "II*\0") || ascii(d, 0, "MM\0*")) {
            what = "a TIFF image";
        } else if (d.length >= 12 && ascii(d, 4, "ftyp")) {
            String brand = new String(d, 8, 4, StandardCharsets.ISO_8859_1);
            what = brand.startsWith("avi") ? "an AVIF image" : brand.startsWith("he") || brand.startsWith("mif") ? "a HEIC/HEIF image" : "an ISO media file";
        } else if (ascii(d, 0, "<?xml") || ascii(d, 0, "<svg")) {
            what = "an XML or SVG document";
        } else if (ascii(d, 0, "PK\3\4")) {
            what = "a ZIP archive";
        } else {
            what = "not a recognised image";
        }
        return "The file is " + what + "; send a JPEG, PNG or WebP photo.";
    }

    // ---------------------------------------------------------------- bytes

    private static ImageRejectedException truncated(String format) {
        return new ImageRejectedException(RejectionReason.TRUNCATED, "The " + format + " file is cut short: its header is incomplete.");
    }

    private static ImageRejectedException corrupt(String message) {
        return new ImageRejectedException(RejectionReason.CORRUPT, message);
    }

    private static boolean startsWith(byte[] d, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > d.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (d[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] d, int at, String s) {
        if (at < 0 || at + s.length() > d.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (d[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long be32(byte[] d, int p) {
        return ExifReader.u32(d, p, false);
    }

    private static long le32(byte[] d, int p) {
        return ExifReader.u32(d, p, true);
    }

    private static long le16(byte[] d, int p) {
        return ExifReader.u16(d, p, true);
    }

    private static int le24(byte[] d, int p) {
        return (d[p] & 0xFF) | (d[p + 1] & 0xFF) << 8 | (d[p + 2] & 0xFF) << 16;
    }
}
