package io.aifashion.recommender.ranking;

/**
 * The n best-scoring items by partial selection: one pass over the scores with a bounded min-heap
 * of the current best n, O(items · log n) in the worst case and close to O(items) in practice
 * because most scores fall below the heap's minimum at the first comparison. A full sort of 50,000
 * scores for a top-20 would do several times the work.
 *
 * <p>Ties are broken by the smaller item index so rankings are deterministic.
 */
public final class TopNSelection {

    private TopNSelection() {
    }

    /**
     * Indices of the {@code n} highest scores, best first, skipping excluded items and NaN scores.
     * Returns fewer than n if fewer items qualify.
     */
    public static int[] select(float[] scores, int n, ItemFilter filter) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        int cap = Math.min(n, scores.length);
        if (cap == 0) {
            return new int[0];
        }
        int[] heap = new int[cap];
        float[] heapScores = new float[cap];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (s != s) {
                continue;
            }
            if (size == cap) {
                // heap[0] is the worst kept item: skip anything not strictly better (or tied with a larger index)
                float worst = heapScores[0];
                if (s < worst || (s == worst && i > heap[0])) {
                    continue;
                }
                if (filter.excludes(i)) {
                    continue;
                }
                heap[0] = i;
                heapScores[0] = s;
                siftDown(heap, heapScores, 0, size);
            } else {
                if (filter.excludes(i)) {
                    continue;
                }
                heap[size] = i;
                heapScores[size] = s;
                siftUp(heap, heapScores, size);
                size++;
            }
        }
        // pop worst-first into the tail of the result
        int[] result = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            result[k] = heap[0];
            size--;
            heap[0] = heap[size];
            heapScores[0] = heapScores[size];
            siftDown(heap, heapScores, 0, size);
        }
        return result;
    }

    /** {@code a} ranks below {@code b}: lower score, or equal score and larger index. */
    private static boolean worse(float sa, int a, float sb, int b) {
        return sa < sb || (sa == sb && a > b);
    }

    private static void siftUp(int[] heap, float[] s, int k) {
        int item = heap[k];
        float score = s[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!worse(score, item, s[parent], heap[parent])) {
                break;
            }
            heap[k] = heap[parent];
            s[k] = s[parent];
            k = parent;
        }
        heap[k] = item;
        s[k] = score;
    }

    private static void siftDown(int[] heap, float[] s, int k, int size) {
        if (size == 0) {
            return;
        }
        int item = heap[k];
        float score = s[k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(s[child + 1], heap[child + 1], s[child], heap[child])) {
                child++;
            }
            if (!worse(s[child], heap[child], score, item)) {
                break;
            }
            heap[k] = heap[child];
            s[k] = s[child];
            k = child;
        }
        heap[k] = item;
        s[k] = score;
    }
}
