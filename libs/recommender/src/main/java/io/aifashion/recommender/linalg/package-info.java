/**
 * The small amount of dense linear algebra the models need, written for this library so that it
 * depends on nothing but the JDK: row-major matrices, Cholesky solves for the f×f systems of
 * implicit ALS, conjugate gradient (Takács, Pilászy and Tikk 2011) and a blocked in-place
 * Gauss-Jordan inversion for EASE's item Gram matrix (Steck 2019).
 */
package io.aifashion.recommender.linalg;
