package io.aifashion.imaging.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Test photos: real faces from the shared data set, and images made here. */
public final class Photos {

    /** The shared face photos (DESIGN.md; /work/shared/data/faces), relative to this module. */
    public static final Path FACES = Path.of("../../../shared/data/faces");

    private Photos() {
    }

    /** A real single-face portrait; the test is skipped, saying why, when the data set is absent. */
    public static byte[] face() {
        Path photo = FACES.resolve("congress_B001230.jpg");
        Assumptions.assumeTrue(Files.isRegularFile(photo),
                "The shared face photos are not at " + FACES.toAbsolutePath().normalize()
                        + " (see /work/shared/data/README.md); face-photo tests need them.");
        try {
            return Files.readAllBytes(photo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A colourful gradient without any face: red grows to the right, blue downwards. */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 60 + 180 * x / Math.max(1, width - 1);
                int g = 120;
                int b = 40 + 180 * y / Math.max(1, height - 1);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    public static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height) {
        return encode(gradient(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(gradient(width, height), "jpg");
    }

    /** A real face photo reduced in size (for fast fuzzing); null when the data set is absent. */
    public static byte[] smallFaceOrNull(int width) {
        Path photo = FACES.resolve("congress_B001230.jpg");
        if (!Files.isRegularFile(photo)) {
            return null;
        }
        try {
            BufferedImage src = ImageIO.read(photo.toFile());
            int height = src.getHeight() * width / src.getWidth();
            BufferedImage dst = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            dst.createGraphics().drawImage(src.getScaledInstance(width, height, java.awt.Image.SCALE_SMOOTH), 0, 0, null);
            return encode(dst, "jpg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PNG whose header (IHDR) declares width x height RGB pixels, followed by a tiny IDAT and IEND:
     * the shape of a decompression bomb. The CRCs are right, so only the pixel limit can refuse it.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * The JPEG with an EXIF APP1 segment inserted after SOI that carries a GPS position as text
     * (enough for a test to look for it after re-encoding).
     */
    public static byte[] withGpsExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0MM\0*GPSLatitude=52.5200N;GPSLongitude=13.4050E".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static byte[] prefix(byte[] data, int length) {
        return Arrays.copyOf(data, length);
    }
}
