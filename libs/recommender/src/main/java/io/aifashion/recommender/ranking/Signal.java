package io.aifashion.recommender.ranking;

/** Which kind of evidence made an item rank where it did. */
public enum Signal {
    /** Item-kNN neighbours of something the user liked (Sarwar et al. 2001; Deshpande and Karypis 2004). */
    ITEM_NEIGHBOURS,
    /** EASE item-to-item weights from something the user liked (Steck 2019). */
    ITEM_TO_ITEM,
    /** Latent-factor taste from implicit ALS (Hu, Koren and Volinsky 2008). */
    LATENT_TASTE,
    /** Many shoppers interacted with it. */
    POPULARITY,
    /** Its features (category, colour, price) fit the user's profile. */
    CONTENT
}
