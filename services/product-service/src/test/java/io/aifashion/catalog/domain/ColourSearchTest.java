package io.aifashion.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.catalog.domain.search.CandidateStream;
import io.aifashion.catalog.domain.search.ColourCandidate;
import io.aifashion.catalog.domain.search.ColourMatch;
import io.aifashion.catalog.domain.search.ColourQuery;
import io.aifashion.catalog.domain.search.ColourSearch;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The search algorithm against a brute-force ΔE00 scan over an in-memory catalogue (the database
 * version is ColourSearchEquivalenceTest): same products, same order, same differences, for many
 * query colours, tolerances and limits — and it reads fewer candidates than the catalogue holds.
 */
class ColourSearchTest {

    record Entry(UUID product, Lab lab) {
    }

    static List<Entry> catalogue(int products, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            UUID id = new UUID(seed, i);
            int colours = 1 + (r.nextDouble() < 0.3 ? r.nextInt(3) : 0);
            for (int c = 0; c < colours; c++) {
                entries.add(new Entry(id, Srgb.fromPacked(r.nextInt(1 << 24)).toLab()));
            }
        }
        return entries;
    }

    static CandidateStream nearest(List<Entry> entries, Lab q) {
        List<ColourCandidate> sorted = new ArrayList<>();
        for (Entry e : entries) {
            sorted.add(new ColourCandidate(e.product(), e.lab().l(), e.lab().a(), e.lab().b(), cie76(q, e.lab())));
        }
        sorted.sort(Comparator.comparingDouble(ColourCandidate::distance));
        Iterator<ColourCandidate> it = sorted.iterator();
        return new CandidateStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ColourCandidate next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }

    static List<ColourMatch> bruteForce(List<Entry> entries, Lab q, double maxDeltaE, int limit) {
        Map<UUID, ColourMatch> best = new HashMap<>();
        for (Entry e : entries) {
            double d = Ciede2000.deltaE(q, e.lab());
            if (d <= maxDeltaE) {
                ColourMatch m = new ColourMatch(e.product(), d, e.lab().l(), e.lab().a(), e.lab().b());
                best.merge(e.product(), m, (a, b) -> ColourMatch.ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().sorted(ColourMatch.ORDER).limit(limit).toList();
    }

    static double cie76(Lab x, Lab y) {
        double dl = x.l() - y.l();
        double da = x.a() - y.a();
        double db = x.b() - y.b();
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    @Test
    void equalsABruteForceScan() {
        List<Entry> entries = catalogue(10_000, 7);
        SplittableRandom r = new SplittableRandom(11);
        double[] tolerances = {0.5, 2, 5, 10, 25};
        int[] limits = {1, 10, 50, 200};
        long read = 0;
        int searches = 0;
        for (int i = 0; i < 80; i++) {
            String hex = Srgb.fromPacked(r.nextInt(1 << 24)).toHex();
            Lab q = Srgb.parseHex(hex).toLab();
            double tolerance = tolerances[i % tolerances.length];
            int limit = limits[(i / tolerances.length) % limits.length];
            ColourSearch.Result result = ColourSearch.search(new ColourQuery(hex, q, tolerance, limit, null),
                    nearest(entries, q));
            List<ColourMatch> expected = bruteForce(entries, q, tolerance, limit);
            assertThat(result.matches()).as("query %s, ΔE00 ≤ %s, limit %s", hex, tolerance, limit)
                    .isEqualTo(expected);
            read += result.candidatesRead();
            searches++;
        }
        // Early termination is the point of the bound: far fewer reads than a full scan.
        assertThat(read / searches).isLessThan(entries.size() / 4);
    }

    @Test
    void keepsEachProductOnceWithItsBestColour() {
        UUID id = UUID.randomUUID();
        Lab q = Srgb.parseHex("#336699").toLab();
        Lab far = Srgb.parseHex("#3a6f9f").toLab();
        Lab exact = Srgb.parseHex("#336699").toLab();
        List<Entry> entries = List.of(new Entry(id, far), new Entry(id, exact));
        ColourSearch.Result result = ColourSearch.search(new ColourQuery("#336699", q, 10, 10, null),
                nearest(entries, q));
        assertThat(result.matches()).hasSize(1);
        assertThat(result.matches().getFirst().deltaE()).isZero();
    }

    @Test
    void returnsNothingWhenNothingIsWithinTheTolerance() {
        Lab q = Srgb.parseHex("#ff0000").toLab();
        List<Entry> entries = List.of(new Entry(UUID.randomUUID(), Srgb.parseHex("#0000ff").toLab()));
        assertThat(ColourSearch.search(new ColourQuery("#ff0000", q, 5, 10, null), nearest(entries, q)).matches())
                .isEmpty();
    }
}
