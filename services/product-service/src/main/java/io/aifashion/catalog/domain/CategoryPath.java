package io.aifashion.catalog.domain;

/**
 * Where a product sits in the catalogue tree: master category → sub-category → article type, the
 * three levels of the styles.csv feed (e.g. Apparel → Topwear → Tshirts).
 */
public record CategoryPath(String masterCategory, String subCategory, String articleType) {

    static final int MAX_LENGTH = 80;

    public CategoryPath {
        masterCategory = Text.required(masterCategory, "masterCategory", MAX_LENGTH);
        subCategory = Text.required(subCategory, "subCategory", MAX_LENGTH);
        articleType = Text.required(articleType, "articleType", MAX_LENGTH);
    }

    /** The three levels, lower-cased: what a {@code category} filter matches against. */
    public java.util.List<String> keys() {
        return java.util.List.of(Text.key(masterCategory), Text.key(subCategory), Text.key(articleType));
    }
}
