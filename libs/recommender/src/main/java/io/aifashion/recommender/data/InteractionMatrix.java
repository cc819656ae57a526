package io.aifashion.recommender.data;

import java.util.Arrays;

/**
 * The aggregated users × items implicit-feedback matrix every model trains on.
 *
 * <p>Repeated interactions of a user with an item are summed. A pair whose sum is positive is a
 * positive entry with that weight (e.g. view 1 + like 4 + purchase 10 = 15). A pair whose sum is
 * not positive — a dislike outweighing what came before — is not a positive at all: it goes to the
 * separate {@link #dislikes()} pattern, which rankers use as an exclusion list. Positives are kept
 * both by user (CSR) and by item (CSC) because the user and item half-steps of ALS and the item
 * similarities of item-kNN each need one of them.
 */
public final class InteractionMatrix {

    private final IdIndex users;
    private final IdIndex items;
    private final SparseRows byUser;
    private final SparseRows byItem;
    private final SparseRows dislikes;

    private InteractionMatrix(IdIndex users, IdIndex items, SparseRows byUser, SparseRows dislikes) {
        this.users = users;
        this.items = items;
        this.byUser = byUser;
        this.byItem = byUser.transpose();
        this.dislikes = dislikes;
    }

    static InteractionMatrix of(InteractionLog log) {
        InteractionLog pairs = log.aggregate();
        int nUsers = log.users().size();
        int nItems = log.items().size();
        int[] posOffsets = new int[nUsers + 1];
        int[] negOffsets = new int[nUsers + 1];
        for (int r = 0; r < pairs.size(); r++) {
            if (pairs.weight(r) > 0) {
                posOffsets[pairs.user(r) + 1]++;
            } else {
                negOffsets[pairs.user(r) + 1]++;
            }
        }
        for (int u = 0; u < nUsers; u++) {
            posOffsets[u + 1] += posOffsets[u];
            negOffsets[u + 1] += negOffsets[u];
        }
        int[] posIdx = new int[posOffsets[nUsers]];
        float[] posVal = new float[posIdx.length];
        int[] negIdx = new int[negOffsets[nUsers]];
        float[] negVal = new float[negIdx.length];
        int p = 0;
        int n = 0;
        // aggregate() emits rows grouped by user with ascending items, so filling in order is valid CSR
        for (int r = 0; r < pairs.size(); r++) {
            if (pairs.weight(r) > 0) {
                posIdx[p] = pairs.item(r);
                posVal[p++] = pairs.weight(r);
            } else {
                negIdx[n] = pairs.item(r);
                negVal[n++] = 1f;
            }
        }
        return new InteractionMatrix(log.users(), log.items(),
                SparseRows.of(nUsers, nItems, posOffsets, posIdx, posVal),
                SparseRows.of(nUsers, nItems, negOffsets, negIdx, negVal));
    }

    /** A matrix from already-built parts (e.g. a binarised copy); validates dimensions. */
    public static InteractionMatrix of(IdIndex users, IdIndex items, SparseRows positives, SparseRows dislikes) {
        if (positives.rows() != users.size() || positives.cols() != items.size()
                || dislikes.rows() != users.size() || dislikes.cols() != items.size()) {
            throw new IllegalArgumentException("matrix dimensions do not match the id indices");
        }
        return new InteractionMatrix(users, items, positives, dislikes);
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of positive (user, item) entries. */
    public int positiveCount() {
        return byUser.nonZeros();
    }

    /** Positive entries, one row per user (CSR). */
    public SparseRows byUser() {
        return byUser;
    }

    /** Positive entries, one row per item (CSC of the user matrix). */
    public SparseRows byItem() {
        return byItem;
    }

    /** Disliked (user, item) pairs, one row per user; values are 1. */
    public SparseRows dislikes() {
        return dislikes;
    }

    /** The same matrix with every positive weight replaced by 1. */
    public InteractionMatrix binarized() {
        return new InteractionMatrix(users, items, byUser.binarized(), dislikes);
    }

    /** Number of users with a positive interaction per item. */
    public int[] itemSupport() {
        int[] support = new int[itemCount()];
        for (int i = 0; i < support.length; i++) {
            support[i] = byItem.length(i);
        }
        return support;
    }

    /** A user's training history: positives with weights and dislikes; no purchase information. */
    public UserHistory history(int user) {
        return UserHistory.of(users.id(user), itemCount(), byUser.rowIndices(user), byUser.rowValues(user),
                dislikes.rowIndices(user), new int[0]);
    }

    /**
     * A content fingerprint (dimensions, pattern and weights) that tags a model version with the
     * data it was trained on.
     */
    public long fingerprint() {
        long h = 1125899906842597L;
        h = 31 * h + userCount();
        h = 31 * h + itemCount();
        for (int u = 0; u < userCount(); u++) {
            for (int k = byUser.start(u); k < byUser.end(u); k++) {
                h = 31 * h + ((long) u << 32 | byUser.index(k));
                h = 31 * h + Float.floatToIntBits(byUser.value(k));
            }
        }
        h = 31 * h + Arrays.hashCode(items.ids().toArray());
        return h;
    }
}
