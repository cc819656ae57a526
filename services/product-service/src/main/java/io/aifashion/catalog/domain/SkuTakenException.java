package io.aifashion.catalog.domain;

/** Another product already has this SKU. */
public final class SkuTakenException extends RuntimeException {

    private final String sku;

    public SkuTakenException(String sku) {
        super("sku " + sku + " belongs to another product");
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
