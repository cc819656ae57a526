/**
 * The implicit-feedback data model: external ids mapped to dense int indices ({@link
 * io.aifashion.recommender.data.IdIndex}), a columnar log of weighted interactions, and the
 * aggregated user × item sparse matrix in CSR and CSC form that every model trains on.
 */
package io.aifashion.recommender.data;
