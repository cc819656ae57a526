package io.aifashion.recommender.data;

import java.util.Arrays;

/**
 * An immutable, columnar list of interactions (user index, item index, weight, timestamp) with the
 * id indices they refer to. Splits select rows of a log; subsets share the parent's indices so a
 * train and a test part always agree on what item 17 is.
 */
public final class InteractionLog {

    private final IdIndex users;
    private final IdIndex items;
    private final int[] userOf;
    private final int[] itemOf;
    private final float[] weights;
    private final long[] timestamps;

    private InteractionLog(IdIndex users, IdIndex items, int[] userOf, int[] itemOf, float[] weights, long[] timestamps) {
        this.users = users;
        this.items = items;
        this.userOf = userOf;
        this.itemOf = itemOf;
        this.weights = weights;
        this.timestamps = timestamps;
    }

    /** A builder whose user and item indices grow as new ids appear. */
    public static Builder builder() {
        return new Builder(IdIndex.builder(), IdIndex.builder(), false);
    }

    /**
     * A builder over a fixed item universe (a catalogue): items are indexed as in {@code items},
     * and an interaction with an unknown item is rejected.
     */
    public static Builder builder(IdIndex items) {
        return new Builder(IdIndex.builder(), items.toBuilder(), true);
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int size() {
        return userOf.length;
    }

    public int user(int row) {
        return userOf[row];
    }

    public int item(int row) {
        return itemOf[row];
    }

    public float weight(int row) {
        return weights[row];
    }

    public long timestamp(int row) {
        return timestamps[row];
    }

    public Interaction interaction(int row) {
        return new Interaction(users.id(userOf[row]), items.id(itemOf[row]), weights[row], timestamps[row]);
    }

    /** The rows at the given positions, in that order, over the same indices. */
    public InteractionLog select(int[] rows) {
        int n = rows.length;
        int[] u = new int[n];
        int[] i = new int[n];
        float[] w = new float[n];
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            int r = rows[k];
            u[k] = userOf[r];
            i[k] = itemOf[r];
            w[k] = weights[r];
            t[k] = timestamps[r];
        }
        return new InteractionLog(users, items, u, i, w, t);
    }

    /** Keeps only rows with a positive weight. */
    public InteractionLog positives() {
        int[] keep = new int[size()];
        int n = 0;
        for (int r = 0; r < size(); r++) {
            if (weights[r] > 0) {
                keep[n++] = r;
            }
        }
        return select(Arrays.copyOf(keep, n));
    }

    /**
     * One row per (user, item) pair: weights summed, latest timestamp kept. A pair whose sum is not
     * positive is a dislike and keeps a negative weight (−1 if the sum is exactly zero).
     * Rows come out grouped by user, items ascending within a user.
     */
    public InteractionLog aggregate() {
        int nUsers = users.size();
        int[] offsets = new int[nUsers + 1];
        for (int u : userOf) {
            offsets[u + 1]++;
        }
        for (int u = 0; u < nUsers; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] cursor = Arrays.copyOf(offsets, nUsers);
        int[] order = new int[size()];
        for (int r = 0; r < size(); r++) {
            order[cursor[userOf[r]]++] = r;
        }
        int[] u = new int[size()];
        int[] i = new int[size()];
        float[] w = new float[size()];
        long[] t = new long[size()];
        int out = 0;
        long[] keys = new long[16];
        for (int user = 0; user < nUsers; user++) {
            int from = offsets[user];
            int len = offsets[user + 1] - from;
            if (len == 0) {
                continue;
            }
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int k = 0; k < len; k++) {
                int row = order[from + k];
                keys[k] = ((long) itemOf[row] << 32) | k;
            }
            Arrays.sort(keys, 0, len);
            int k = 0;
            while (k < len) {
                int item = (int) (keys[k] >>> 32);
                double sum = 0;
                long latest = Long.MIN_VALUE;
                boolean negative = false;
                while (k < len && (int) (keys[k] >>> 32) == item) {
                    int row = order[from + (int) keys[k]];
                    sum += weights[row];
                    negative |= weights[row] < 0;
                    latest = Math.max(latest, timestamps[row]);
                    k++;
                }
                float value = (float) sum;
                if (negative && !(value < 0)) {
                    // a dislike that cancels earlier positive signals exactly is still a dislike
                    value = value > 0 ? value : -1f;
                }
                u[out] = user;
                i[out] = item;
                w[out] = value;
                t[out] = latest;
                out++;
            }
        }
        return new InteractionLog(users, items, Arrays.copyOf(u, out), Arrays.copyOf(i, out), Arrays.copyOf(w, out), Arrays.copyOf(t, out));
    }

    /** The aggregated user × item matrix of this log (see {@link InteractionMatrix}). */
    public InteractionMatrix toMatrix() {
        return InteractionMatrix.of(this);
    }

    /** Collects interactions; not thread-safe. */
    public static final class Builder {
        private final IdIndex.Builder users;
        private final IdIndex.Builder items;
        private final boolean fixedItems;
        private int size;
        private int[] userOf = new int[1024];
        private int[] itemOf = new int[1024];
        private float[] weights = new float[1024];
        private long[] timestamps = new long[1024];

        private Builder(IdIndex.Builder users, IdIndex.Builder items, boolean fixedItems) {
            this.users = users;
            this.items = items;
            this.fixedItems = fixedItems;
        }

        public Builder add(Interaction interaction) {
            return add(interaction.userId(), interaction.itemId(), interaction.weight(), interaction.timestamp());
        }

        /**
         * @throws IllegalArgumentException for a blank id, a zero or non-finite weight, or (over a fixed
         *                                  catalogue) an unknown item
         */
        public Builder add(String userId, String itemId, double weight, long timestamp) {
            if ((float) weight == 0 || !Double.isFinite(weight) || Float.isInfinite((float) weight)) {
                throw new IllegalArgumentException("weight must be finite and non-zero, was " + weight);
            }
            int item;
            if (fixedItems) {
                item = items.indexOf(itemId == null ? null : itemId.strip());
                if (item < 0) {
                    throw new IllegalArgumentException("unknown item '" + itemId + "' (not in the catalogue)");
                }
            } else {
                item = items.add(itemId);
            }
            int user = users.add(userId);
            if (size == userOf.length) {
                int capacity = size * 2;
                userOf = Arrays.copyOf(userOf, capacity);
                itemOf = Arrays.copyOf(itemOf, capacity);
                weights = Arrays.copyOf(weights, capacity);
                timestamps = Arrays.copyOf(timestamps, capacity);
            }
            userOf[size] = user;
            itemOf[size] = item;
            weights[size] = (float) weight;
            timestamps[size] = timestamp;
            size++;
            return this;
        }

        /** Registers a user with no interactions yet (so the index knows it). */
        public Builder addUser(String userId) {
            users.add(userId);
            return this;
        }

        /** Registers an item with no interactions yet; not allowed over a fixed catalogue. */
        public Builder addItem(String itemId) {
            if (fixedItems && !items.contains(itemId)) {
                throw new IllegalArgumentException("unknown item '" + itemId + "' (not in the catalogue)");
            }
            items.add(itemId);
            return this;
        }

        public int size() {
            return size;
        }

        public InteractionLog build() {
            return new InteractionLog(users.build(), items.build(),
                    Arrays.copyOf(userOf, size), Arrays.copyOf(itemOf, size),
                    Arrays.copyOf(weights, size), Arrays.copyOf(timestamps, size));
        }
    }
}
