package io.aifashion.catalog.infrastructure.persistence;

/**
 * The transaction-scoped advisory lock that serialises catalogue writes (single-product writes
 * and import batches): an import batch looks up which SKUs exist and then inserts the rest, and no
 * other writer may add one of those SKUs in between. Writes are rare next to reads, which take no
 * lock at all.
 */
final class CatalogueLock {

    /** "catalog" in ASCII, as the lock key. */
    static final long KEY = 0x636174616c6f67L;

    static final String SQL = "select pg_advisory_xact_lock(" + KEY + ")";

    private CatalogueLock() {
    }
}
