package io.aifashion.recommender.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable bijection between external ids (product SKUs, user ids, MovieLens numbers as text)
 * and dense indices {@code 0..size-1}, so the models can use plain arrays.
 */
public final class IdIndex {

    private final String[] ids;
    private final Map<String, Integer> indices;

    private IdIndex(String[] ids, Map<String, Integer> indices) {
        this.ids = ids;
        this.indices = indices;
    }

    public static IdIndex of(Collection<String> ids) {
        Builder b = builder();
        for (String id : ids) {
            if (b.contains(id)) {
                throw new IllegalArgumentException("duplicate id '" + id + "'");
            }
            b.add(id);
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return ids.length;
    }

    public String id(int index) {
        return ids[index];
    }

    /** The index of {@code id}, or −1 if unknown. */
    public int indexOf(String id) {
        Integer i = indices.get(id);
        return i == null ? -1 : i;
    }

    public boolean contains(String id) {
        return indices.containsKey(id);
    }

    public List<String> ids() {
        return List.of(ids);
    }

    /** A builder that starts with these ids (in order) and may add more. */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (String id : ids) {
            b.add(id);
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof IdIndex other && Arrays.equals(ids, other.ids));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "IdIndex[" + ids.length + " ids]";
    }

    /** Assigns the next free index to every new id. Not thread-safe. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> indices = new HashMap<>();

        private Builder() {
        }

        /** The index of {@code id}, adding it if new. */
        public int add(String id) {
            String clean = Interaction.requireId("id", id);
            Integer existing = indices.get(clean);
            if (existing != null) {
                return existing;
            }
            int i = ids.size();
            ids.add(clean);
            indices.put(clean, i);
            return i;
        }

        public boolean contains(String id) {
            return indices.containsKey(id);
        }

        public int indexOf(String id) {
            Integer i = indices.get(id);
            return i == null ? -1 : i;
        }

        public int size() {
            return ids.size();
        }

        public IdIndex build() {
            return new IdIndex(ids.toArray(String[]::new), Map.copyOf(indices));
        }
    }
}
