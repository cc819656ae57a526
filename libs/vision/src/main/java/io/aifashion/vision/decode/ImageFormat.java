package io.aifashion.vision.decode;

/** The raster formats this library decodes. The format is sniffed from the bytes, never taken from a name. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The IANA media type, for example {@code image/webp}. */
    public String mediaType() {
        return mediaType;
    }
}
