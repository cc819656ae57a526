package io.aifashion.catalog.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New product ids: UUID version 7 (RFC 9562 §5.7), a 48-bit Unix-millisecond timestamp followed by
 * random bits. Time-ordered ids keep B-tree inserts of a bulk import on the right-hand edge of the
 * primary-key index instead of scattering them.
 */
public final class ProductIds {

    private ProductIds() {
    }

    public static UUID next(Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
