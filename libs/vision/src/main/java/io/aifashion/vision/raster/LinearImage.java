package io.aifashion.vision.raster;

import io.aifashion.color.space.SrgbTransferFunction;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Objects;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

/**
 * A small picture (a face crop or a reduced scene) in linear-light sRGB (IEC 61966-2-1 primaries
 * and D65 white; the transfer function removed), as three float planes, plus each pixel's
 * largest and smallest encoded 8-bit channel so that clipping tests see the original code values.
 *
 * <p>Mutable scratch data for one analysis; not shared between threads.
 */
public final class LinearImage {

    private static final float[] DECODE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            DECODE[i] = (float) SrgbTransferFunction.decode8(i);
        }
    }

    private final int width;
    private final int height;
    private final float[] r;
    private final float[] g;
    private final float[] b;
    private final byte[] peak;
    private final byte[] floor;

    private LinearImage(int width, int height) {
        this.width = width;
        this.height = height;
        int n = width * height;
        this.r = new float[n];
        this.g = new float[n];
        this.b = new float[n];
        this.peak = new byte[n];
        this.floor = new byte[n];
    }

    /** Linearises an 8-bit BGR matrix (any layout; copied row by row). */
    public static LinearImage fromBgr(Mat bgr) {
        Objects.requireNonNull(bgr, "bgr");
        if (bgr.type() != CV_8UC3) {
            throw new IllegalArgumentException("expected an 8-bit, 3-channel matrix; got type " + bgr.type());
        }
        int w = bgr.cols();
        int h = bgr.rows();
        LinearImage img = new LinearImage(w, h);
        byte[] row = new byte[w * 3];
        org.bytedeco.javacpp.BytePointer data = bgr.data();
        long step = bgr.step();
        for (int y = 0; y < h; y++) {
            data.position(y * step).get(row, 0, row.length);
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int bb = row[3 * x] & 0xFF;
                int gg = row[3 * x + 1] & 0xFF;
                int rr = row[3 * x + 2] & 0xFF;
                int i = o + x;
                img.r[i] = DECODE[rr];
                img.g[i] = DECODE[gg];
                img.b[i] = DECODE[bb];
                img.peak[i] = (byte) Math.max(rr, Math.max(gg, bb));
                img.floor[i] = (byte) Math.min(rr, Math.min(gg, bb));
            }
        }
        data.position(0);
        return img;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return r.length;
    }

    /** Linear red of pixel {@code i = y * width + x}. */
    public float r(int i) {
        return r[i];
    }

    public float g(int i) {
        return g[i];
    }

    public float b(int i) {
        return b[i];
    }

    /** The largest of the pixel's three encoded 8-bit channel values (0..255). */
    public int peak(int i) {
        return peak[i] & 0xFF;
    }

    /** The smallest of the pixel's three encoded 8-bit channel values (0..255). */
    public int floor(int i) {
        return floor[i] & 0xFF;
    }

    /** Relative luminance Y of pixel {@code i}. */
    public float luminance(int i) {
        return (float) Colorimetry.luminance(r[i], g[i], b[i]);
    }
}
