package io.aifashion.vision.quality;

import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.skin.SkinMask;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one face, which quality warnings apply and whether the photo must be retaken.
 * Thresholds (all measured on the face crop, see {@link io.aifashion.vision.skin.FaceCrop}):
 *
 * <table>
 *   <caption>Warnings and retakes</caption>
 *   <tr><th>warning</th><th>advisory when</th><th>retake when</th></tr>
 *   <tr><td>face-too-small</td><td>face box &lt; {@value #SMALL_FACE} px wide</td><td>&lt; {@value #TINY_FACE} px</td></tr>
 *   <tr><td>overexposed</td><td>&gt; 4 % of the face oval clipped (a channel &ge; 253)</td><td>&gt; 15 %</td></tr>
 *   <tr><td>too-dark</td><td>median skin luminance Y &lt; 0.012</td><td>Y &lt; 0.005 or &gt; 25 % of the oval near black</td></tr>
 *   <tr><td>low-skin-coverage</td><td>skin &lt; 25 % of the oval</td><td>&lt; 10 % or fewer than 150 pixels</td></tr>
 *   <tr><td>blurry</td><td>variance of Laplacian &lt; {@value #BLUR}</td><td>never: blur barely moves a mean colour</td></tr>
 *   <tr><td>color-cast</td><td>estimated light &gt; 70 mired from D65 or |Duv| &gt; 0.015</td><td>CCT outside 1900..14900 K (the range of the CCT estimate) or |Duv| &gt; 0.035 (beyond reliable correction)</td></tr>
 * </table>
 */
public final class QualityGate {

    static final int TINY_FACE = 64;
    static final int SMALL_FACE = 100;
    static final double BLUR = 25.0;
    private static final double D65_MIRED = 1e6 / 6504.0;

    /** The warnings for one face, and the retake decision. */
    public record Verdict(List<QualityWarning> warnings, Retake retake) {
        public Verdict {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param faceWidth   face box width in the photo's own pixels
     * @param mask        the skin mask (coverage, clipping, darkness)
     * @param sharpness   variance of the Laplacian of the face crop
     * @param illuminant  the estimated light, or null when the light was not estimated
     */
    public Verdict judge(int faceWidth, SkinMask mask, double sharpness, Illuminant illuminant) {
        List<QualityWarning> warnings = new ArrayList<>();
        Retake retake = null;
        if (faceWidth < SMALL_FACE) {
            warnings.add(QualityWarning.FACE_TOO_SMALL);
            if (faceWidth < TINY_FACE) {
                retake = new Retake(QualityWarning.FACE_TOO_SMALL,
                        "The face is " + faceWidth + " pixels wide; at least " + TINY_FACE + " are needed.");
            }
        }
        if (mask.clippedFraction() > 0.04) {
            warnings.add(QualityWarning.OVEREXPOSED);
            if (mask.clippedFraction() > 0.15 && retake == null) {
                retake = new Retake(QualityWarning.OVEREXPOSED, String.format(
                        "%.0f %% of the face is blown out to white.", 100 * mask.clippedFraction()));
            }
        }
        boolean crushed = mask.darkFraction() > 0.25;
        if (crushed || (mask.count() > 0 && mask.medianLuminance() < 0.012)) {
            warnings.add(QualityWarning.TOO_DARK);
            if ((crushed || mask.medianLuminance() < 0.005) && retake == null) {
                retake = new Retake(QualityWarning.TOO_DARK, crushed
                        ? String.format("%.0f %% of the face is black.", 100 * mask.darkFraction())
                        : "The skin is too dark in this photo to measure its colour.");
            }
        }
        if (mask.coverage() < 0.25 || mask.count() < 150) {
            warnings.add(QualityWarning.LOW_SKIN_COVERAGE);
            if ((mask.coverage() < 0.10 || mask.count() < 150) && retake == null) {
                retake = new Retake(QualityWarning.LOW_SKIN_COVERAGE, String.format(
                        "Only %.0f %% of the face shows measurable skin.", 100 * mask.coverage()));
            }
        }
        if (sharpness < BLUR) {
            warnings.add(QualityWarning.BLURRY);
        }
        if (illuminant != null) {
            double mired = 1e6 / illuminant.cct();
            boolean strong = Math.abs(mired - D65_MIRED) > 70 || Math.abs(illuminant.duv()) > 0.015;
            boolean extreme = illuminant.cct() < 1900 || illuminant.cct() > 14900 || Math.abs(illuminant.duv()) > 0.035;
            if (strong || extreme) {
                warnings.add(QualityWarning.COLOR_CAST);
            }
            if (extreme && retake == null) {
                retake = new Retake(QualityWarning.COLOR_CAST, String.format(
                        "The light is too strongly coloured to correct reliably (about %.0f K, Duv %+.3f).",
                        illuminant.cct(), illuminant.duv()));
            }
        }
        return new Verdict(warnings, retake);
    }
}
