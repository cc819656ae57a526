package io.aifashion.vision.decode;

/** How the samples of an encoded image are organised, as declared in its header. */
public enum ColorModel {
    GRAY(false, true),
    GRAY_ALPHA(true, true),
    RGB(false, false),
    RGB_ALPHA(true, false),
    /** PNG colour type 3; expanded to RGB (or RGBA with a tRNS chunk) on decoding. */
    PALETTE(false, false),
    /** Four-channel JPEG without a colour transform: a print separation, not measurable without its ICC profile. */
    CMYK(false, false),
    /** Adobe YCCK JPEG (APP14 transform 2): as CMYK. */
    YCCK(false, false);

    private final boolean alpha;
    private final boolean gray;

    ColorModel(boolean alpha, boolean gray) {
        this.alpha = alpha;
        this.gray = gray;
    }

    public boolean hasAlpha() {
        return alpha;
    }

    public boolean isGray() {
        return gray;
    }
}
