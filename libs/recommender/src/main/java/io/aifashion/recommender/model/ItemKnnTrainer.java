package io.aifashion.recommender.model;

import io.aifashion.recommender.concurrent.ParallelLoop;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.SparseRows;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.TopNSelection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Item-based collaborative filtering (Sarwar, Karypis, Konstan and Riedl 2001; Deshpande and
 * Karypis 2004): cosine similarity between item columns of the user × item matrix, shrunk by
 * {@code h} — {@code sim(i,j) = x_i·x_j / (‖x_i‖‖x_j‖ + h)} — and pruned to the k most similar items
 * per item. Only co-occurring item pairs are ever touched: for item i we walk its users and their
 * items, so the cost is Σ_u |I_u|², not items².
 */
public final class ItemKnnTrainer implements ModelTrainer<ItemKnnModel> {

    private final ItemKnnConfig config;
    private final Clock clock;

    public ItemKnnTrainer(ItemKnnConfig config) {
        this(config, Clock.systemUTC());
    }

    public ItemKnnTrainer(ItemKnnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public ItemKnnModel train(InteractionMatrix input) {
        long start = System.nanoTime();
        InteractionMatrix matrix = config.binary() ? input.binarized() : input;
        SparseRows byUser = matrix.byUser();
        SparseRows byItem = matrix.byItem();
        int n = matrix.itemCount();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = byItem.start(i); k < byItem.end(i); k++) {
                s += (double) byItem.value(k) * byItem.value(k);
            }
            norms[i] = Math.sqrt(s);
        }
        int[][] neighbourIds = new int[n][];
        float[][] neighbourSims = new float[n][];
        int k = config.neighbours();
        double shrink = config.shrinkage();
        new ParallelLoop(config.threads()).forEach(n, () -> new Scratch(n), (scratch, i) -> {
            double[] acc = scratch.accumulator;
            int touched = 0;
            for (int e = byItem.start(i); e < byItem.end(i); e++) {
                int u = byItem.index(e);
                double xui = byItem.value(e);
                for (int f = byUser.start(u); f < byUser.end(u); f++) {
                    int j = byUser.index(f);
                    if (j == i) {
                        continue;
                    }
                    if (acc[j] == 0) {
                        scratch.touched[touched++] = j;
                    }
                    acc[j] += xui * byUser.value(f);
                }
            }
            float[] sims = new float[touched];
            for (int t = 0; t < touched; t++) {
                int j = scratch.touched[t];
                sims[t] = (float) (acc[j] / (norms[i] * norms[j] + shrink));
                acc[j] = 0;
            }
            int[] best = TopNSelection.select(sims, Math.min(k, touched), ItemFilter.none());
            int[] ids = new int[best.length];
            for (int b = 0; b < best.length; b++) {
                ids[b] = scratch.touched[best[b]];
            }
            // store sorted by neighbour index so explanations can binary-search a pair
            int[] order = sortedOrder(ids);
            int[] sortedIds = new int[ids.length];
            float[] sortedSims = new float[ids.length];
            for (int b = 0; b < ids.length; b++) {
                sortedIds[b] = ids[order[b]];
                sortedSims[b] = sims[best[order[b]]];
            }
            neighbourIds[i] = sortedIds;
            neighbourSims[i] = sortedSims;
        });
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + neighbourIds[i].length;
        }
        int[] indices = new int[offsets[n]];
        float[] values = new float[offsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(neighbourIds[i], 0, indices, offsets[i], neighbourIds[i].length);
            System.arraycopy(neighbourSims[i], 0, values, offsets[i], neighbourSims[i].length);
        }
        SparseRows neighbours = SparseRows.of(n, n, offsets, indices, values);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ModelMetadata meta = ModelMetadata.create("itemknn", config.asParameters(), Instant.now(clock), took,
                matrix.userCount(), n, matrix.positiveCount(), input.fingerprint());
        return new ItemKnnModel(meta, matrix.items(), neighbours, input.itemSupport(), config.binary());
    }

    private static int[] sortedOrder(int[] ids) {
        long[] keyed = new long[ids.length];
        for (int b = 0; b < ids.length; b++) {
            keyed[b] = ((long) ids[b] << 32) | b;
        }
        Arrays.sort(keyed);
        int[] order = new int[ids.length];
        for (int b = 0; b < ids.length; b++) {
            order[b] = (int) keyed[b];
        }
        return order;
    }

    private static final class Scratch {
        final double[] accumulator;
        final int[] touched;

        Scratch(int n) {
            accumulator = new double[n];
            touched = new int[n];
        }
    }
}
