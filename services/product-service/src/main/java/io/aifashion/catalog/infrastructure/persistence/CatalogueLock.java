package io.aifashion.catalog.infrastructure.persistence;

/**
 * The advisory locks that serialise catalogue writes. Single-product writes take the catalogue
 * lock exclusively for their transaction. An import batch looks up which SKUs exist and then
 * inserts the rest, and no other writer may add one of those SKUs in between; but the batches of
 * one import have distinct SKUs (a repeated SKU is refused) and may be written beside each other.
 * So a bulk writer first takes the session-scoped bulk lock (one import or demo regeneration at a
 * time, across processes; released when its connection closes, also if the process dies), and
 * each of its batches takes the catalogue lock shared. PostgreSQL queues a lock request behind a
 * waiting conflicting one, so a single write waiting for the exclusive lock is not starved by a
 * stream of batches. Reads take no lock at all.
 */
final class CatalogueLock {

    /** "catalog" in ASCII, as the lock key. */
    static final long KEY = 0x636174616c6f67L;

    /** "catbulk" in ASCII: held by the one bulk writer. */
    static final long BULK_KEY = 0x63617462756c6bL;

    static final String SQL = "select pg_advisory_xact_lock(" + KEY + ")";

    static final String SHARED_SQL = "select pg_advisory_xact_lock_shared(" + KEY + ")";

    static final String BULK_SQL = "select pg_advisory_lock(" + BULK_KEY + ")";

    static final String BULK_RELEASE_SQL = "select pg_advisory_unlock(" + BULK_KEY + ")";

    private CatalogueLock() {
    }
}
