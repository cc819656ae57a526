package io.aifashion.vision.skin;

import io.aifashion.vision.face.DetectedFace;

/**
 * A face-centred coordinate frame built from the eye centres: origin at the midpoint between the
 * eyes, u along the eye line (towards the picture's right), v perpendicular (down the face), both
 * in units of the inter-ocular distance d. A frontal Haar box is about 2.5 d wide with the eyes
 * 38 % down, so box fractions (fx, fy) correspond to u = 2.5 (fx - 0.5), v = 2.5 (fy - 0.38).
 *
 * <p>The facial-region priors below are expressed in this frame; they follow average adult facial
 * proportions (Farkas, "Anthropometry of the Head and Face", 2nd ed., 1994: with the inter-pupillary
 * distance about 63 mm, the base of the nose lies about 0.85 d and the mouth about 1.1 d below the
 * eye line, the brows about 0.35 d above it, the hairline about 1 d above and the chin about 1.9 d below) and are used only to tell
 * where to look and where not to (eyes, brows, nostrils, mouth); per-pixel tests decide the rest.
 */
public final class FaceFrame {

    private final double ox;
    private final double oy;
    private final double ux;
    private final double uy;
    private final double d;

    private FaceFrame(double ox, double oy, double ux, double uy, double d) {
        this.ox = ox;
        this.oy = oy;
        this.ux = ux;
        this.uy = uy;
        this.d = d;
    }

    /** The frame of a detected face, in the coordinates its box and eyes are given in. */
    public static FaceFrame of(DetectedFace face) {
        double lx = face.leftEye().x();
        double ly = face.leftEye().y();
        double rx = face.rightEye().x();
        double ry = face.rightEye().y();
        double dist = Math.hypot(rx - lx, ry - ly);
        double expected = face.box().width() / 2.5;
        if (!(dist > 0.6 * expected && dist < 1.5 * expected)) {
            // Implausible eye pair: fall back to the box prior.
            lx = face.box().x() + 0.30 * face.box().width();
            rx = face.box().x() + 0.70 * face.box().width();
            ly = ry = face.box().y() + 0.38 * face.box().height();
            dist = rx - lx;
        }
        return new FaceFrame((lx + rx) / 2, (ly + ry) / 2, (rx - lx) / dist, (ry - ly) / dist, dist);
    }

    /** Inter-ocular distance in pixels. */
    public double eyeDistance() {
        return d;
    }

    /** Frame coordinate u of picture point (x, y). */
    public double u(double x, double y) {
        return ((x - ox) * ux + (y - oy) * uy) / d;
    }

    /** Frame coordinate v of picture point (x, y). */
    public double v(double x, double y) {
        return (-(x - ox) * uy + (y - oy) * ux) / d;
    }

    /** Picture x of frame point (u, v). */
    public double x(double u, double v) {
        return ox + d * (u * ux - v * uy);
    }

    /** Picture y of frame point (u, v). */
    public double y(double u, double v) {
        return oy + d * (u * uy + v * ux);
    }

    /** This frame after scaling picture coordinates by {@code f} and shifting by (-dx, -dy). */
    public FaceFrame transformed(double f, double dx, double dy) {
        return new FaceFrame(ox * f - dx, oy * f - dy, ux, uy, d * f);
    }

    // ---- regions, in frame units (u right, v down, eye midpoint at 0, eyes at u = +-0.5) ----

    /** Inside the face oval (forehead to chin, cheek to cheek). */
    public static boolean inFaceOval(double u, double v) {
        double cu = u / 1.02;
        double cv = (v - 0.42) / 1.42;
        return cu * cu + cv * cv <= 1.0;
    }

    /** An eye with its brow and lashes. */
    public static boolean inEyeZone(double u, double v) {
        for (double eu : new double[] {-0.5, 0.5}) {
            double a = (u - eu) / 0.38;
            double b = (v + 0.10) / 0.32;
            if (a * a + b * b <= 1.0) {
                return true;
            }
        }
        return false;
    }

    /** The nostrils and the shadow under the nose. */
    public static boolean inNostrilZone(double u, double v) {
        double a = u / 0.34;
        double b = (v - 0.84) / 0.13;
        return a * a + b * b <= 1.0;
    }

    /** The lips with a margin. */
    public static boolean inMouthZone(double u, double v) {
        double a = u / 0.52;
        double b = (v - 1.14) / 0.22;
        return a * a + b * b <= 1.0;
    }

    /** The cheeks below the eyes, beside the nose: the most reliable bare skin (seed region). */
    public static boolean inCheekSeed(double u, double v) {
        double au = Math.abs(u);
        return au >= 0.30 && au <= 0.80 && v >= 0.38 && v <= 0.85;
    }

    /** The middle of the forehead (seed region; hair is removed by the colour test). */
    public static boolean inForeheadSeed(double u, double v) {
        return Math.abs(u) <= 0.45 && v >= -0.75 && v <= -0.45;
    }

    /**
     * The standard skin measurement sites: the forehead, both cheeks, the nose and the chin (the
     * sites colorimetric skin studies measure, e.g. de Rigal et al., "The effect of age on skin
     * color and color heterogeneity in four ethnic groups", Skin Research and Technology 16, 2010).
     * The skin colour is averaged over these; the jaw line, temples and the sides of the face, which
     * turn away from the light, are left out.
     */
    public static boolean inMeasurementSite(double u, double v) {
        double au = Math.abs(u);
        boolean forehead = au <= 0.60 && v >= -0.95 && v <= -0.45;
        boolean cheek = au >= 0.30 && au <= 0.85 && v >= 0.30 && v <= 0.95;
        boolean nose = au <= 0.22 && v >= 0.10 && v <= 0.70;
        boolean chin = au <= 0.40 && v >= 1.35 && v <= 1.75;
        return forehead || cheek || nose || chin;
    }

    /** The band above the forehead where hair usually is. */
    public static boolean inHairZone(double u, double v) {
        return Math.abs(u) <= 0.95 && v >= -1.75 && v <= -1.05;
    }
}
