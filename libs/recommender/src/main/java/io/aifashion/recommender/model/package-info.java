/**
 * Collaborative models for implicit feedback, each an immutable, versioned value produced by its
 * trainer: popularity, item-kNN (Sarwar et al. 2001; Deshpande and Karypis 2004), implicit ALS
 * (Hu, Koren and Volinsky 2008, with conjugate-gradient solves after Takács, Pilászy and Tikk 2011)
 * and EASE (Steck 2019).
 */
package io.aifashion.recommender.model;
