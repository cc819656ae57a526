package io.aifashion.recommender;

import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;

/** Small hand-written data sets for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Users as rows of item ids, e.g. {@code {"A B", "A B C", "B C"}}; every weight 1. */
    public static InteractionMatrix matrix(String... rows) {
        return log(rows).toMatrix();
    }

    public static InteractionLog log(String... rows) {
        InteractionLog.Builder b = InteractionLog.builder();
        long t = 0;
        for (int u = 0; u < rows.length; u++) {
            b.addUser("u" + u);
            for (String item : rows[u].trim().split("\\s+")) {
                if (!item.isEmpty()) {
                    b.add("u" + u, item, 1, t++);
                }
            }
        }
        return b.build();
    }
}
