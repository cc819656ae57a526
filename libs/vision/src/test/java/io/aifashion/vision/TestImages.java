package io.aifashion.vision;

import io.aifashion.color.space.Srgb;
import io.aifashion.color.space.SrgbTransferFunction;
import io.aifashion.vision.light.WhiteBalance;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/** Builds and transforms test pictures in memory. */
public final class TestImages {

    private TestImages() {
    }

    /** The shared face photos, from -Dfaces.dir or ../../../shared/data/faces relative to the module. */
    public static Optional<Path> facesDir() {
        String prop = System.getProperty("faces.dir");
        Path p = prop != null ? Path.of(prop) : Path.of("../../../shared/data/faces");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** A w x h BGR picture from a per-pixel packed 0xRRGGBB function. */
    public interface Painter {
        int rgb(int x, int y);
    }

    public static Mat paint(int w, int h, Painter p) {
        Mat m = new Mat(h, w, CV_8UC3);
        byte[] buf = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = p.rgb(x, y);
                int i = 3 * (y * w + x);
                buf[i] = (byte) (c & 0xFF);
                buf[i + 1] = (byte) ((c >> 8) & 0xFF);
                buf[i + 2] = (byte) ((c >> 16) & 0xFF);
            }
        }
        m.data().put(buf);
        return m;
    }

    public static byte[] encode(Mat m, String ext, int... params) {
        try (PointerScope scope = new PointerScope()) {
            BytePointer out = new BytePointer();
            boolean ok = params.length == 0 ? imencode(ext, m, out) : imencode(ext, m, out, new IntPointer(params));
            if (!ok) {
                throw new IllegalStateException("encoding " + ext + " failed");
            }
            byte[] b = new byte[(int) out.limit()];
            out.get(b);
            return b;
        }
    }

    public static byte[] jpeg(Mat m, int quality) {
        return encode(m, ".jpg", IMWRITE_JPEG_QUALITY, quality);
    }

    public static Mat decode(byte[] bytes) {
        return imdecode(new Mat(new BytePointer(bytes)), IMREAD_COLOR);
    }

    public static Mat scaled(Mat m, double f) {
        Mat out = new Mat();
        resize(m, out, new Size(), f, f, INTER_AREA);
        return out;
    }

    /** Every pixel multiplied in linear sRGB by a matrix (a colour cast). */
    public static Mat cast(Mat bgr, WhiteBalance light) {
        int w = bgr.cols();
        int h = bgr.rows();
        byte[] buf = new byte[w * h * 3];
        bgr.data().get(buf);
        double[] o = new double[3];
        for (int i = 0; i < buf.length; i += 3) {
            double b = SrgbTransferFunction.decode8(buf[i] & 0xFF);
            double g = SrgbTransferFunction.decode8(buf[i + 1] & 0xFF);
            double r = SrgbTransferFunction.decode8(buf[i + 2] & 0xFF);
            light.apply(r, g, b, o);
            buf[i] = enc(o[2]);
            buf[i + 1] = enc(o[1]);
            buf[i + 2] = enc(o[0]);
        }
        Mat out = new Mat(h, w, CV_8UC3);
        out.data().put(buf);
        return out;
    }

    private static byte enc(double linear) {
        return (byte) Math.round(SrgbTransferFunction.encode(Math.max(0, Math.min(1, linear))) * 255);
    }

    public static int rgb(Srgb c) {
        return c.red() << 16 | c.green() << 8 | c.blue();
    }

    /** Inserts an APP1 EXIF segment with the given orientation right after SOI (big- or little-endian TIFF). */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        if (littleEndian) {
            tiff.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0});
        } else {
            tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0});
        }
        byte[] t = tiff.toByteArray();
        int len = 2 + 6 + t.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(t);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG chunk with its length and CRC (ISO/IEC 15948 section 5.3). */
    public static byte[] pngChunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
        return out.toByteArray();
    }

    /** Only the signature and an IHDR chunk declaring {@code w x h} 8-bit RGB: a decompression bomb's header. */
    public static byte[] pngHeaderOnly(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = {(byte) (w >>> 24), (byte) (w >>> 16), (byte) (w >>> 8), (byte) w,
                (byte) (h >>> 24), (byte) (h >>> 16), (byte) (h >>> 8), (byte) h, 8, 2, 0, 0, 0};
        out.writeBytes(pngChunk("IHDR", ihdr));
        return out.toByteArray();
    }
}
