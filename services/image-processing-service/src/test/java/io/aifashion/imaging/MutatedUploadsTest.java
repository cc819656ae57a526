package io.aifashion.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.imaging.support.Multipart;
import io.aifashion.imaging.support.Photos;
import io.aifashion.imaging.support.ServiceTest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing by mutation (as in AFL's deterministic and havoc stages, without coverage feedback):
 * valid JPEGs and PNGs — a generated gradient, and a real face when the shared photos are present —
 * are damaged a few hundred ways with a fixed seed, so a failure reproduces, and uploaded. Whatever
 * the bytes, the service answers 201 or a 4xx problem, never a 5xx, and stores exactly the accepted ones.
 */
class MutatedUploadsTest extends ServiceTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MutatedUploadsTest.class);

    private static final long SEED = 20_240_611L;
    private static final int PER_SEED_IMAGE = 100;
    private static final Set<Integer> ALLOWED = Set.of(201, 400, 413, 415, 422);

    @Test
    void mutatedImagesNeverCauseAServerError() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Photos.jpeg(96, 72));
        seeds.add(Photos.png(64, 48));
        byte[] face = Photos.smallFaceOrNull(180);
        if (face != null) {
            seeds.add(face);
        }
        Random random = new Random(SEED);
        int before = rows("analysis");
        int accepted = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (byte[] seed : seeds) {
            for (int i = 0; i < PER_SEED_IMAGE; i++) {
                byte[] input = mutate(seed, random);
                HttpResponse<byte[]> r = upload(Multipart.image("m.jpg", "image/jpeg", input), null);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String reproduce = "seed image " + seeds.indexOf(seed) + ", mutation " + i + " (" + input.length
                        + " bytes, first 16: " + Arrays.toString(Arrays.copyOf(input, Math.min(16, input.length)))
                        + "): " + text(r);
                assertThat(r.statusCode()).as(reproduce).isIn(ALLOWED);
                if (r.statusCode() == 201) {
                    accepted++;
                } else {
                    JsonNode p = problem(r, r.statusCode(), body(r).get("type").asString()
                            .substring("https://aifashion.io/problems/".length()));
                    assertThat(p.get("reason").asString()).as(reproduce).isNotBlank();
                }
            }
        }
        log.info("Mutated uploads by status: {}", statuses);
        assertThat(rows("analysis") - before).as("exactly the accepted uploads are stored, by status " + statuses)
                .isEqualTo(accepted);
        assertThat(statuses.keySet()).as("the corpus reaches both acceptance and rejection: " + statuses)
                .contains(201, 400);
    }

    /** One of the classic mutation operators, chosen at random. */
    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        return switch (r.nextInt(8)) {
            case 0 -> { // flip a few bits anywhere
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
                yield b;
            }
            case 1 -> { // overwrite random bytes, often in the header
                int span = Math.min(b.length, r.nextBoolean() ? 64 : b.length);
                for (int k = 1 + r.nextInt(16); k > 0; k--) {
                    b[r.nextInt(span)] = (byte) r.nextInt(256);
                }
                yield b;
            }
            case 2 -> Arrays.copyOf(b, r.nextInt(b.length)); // truncate
            case 3 -> { // insert junk
                int at = r.nextInt(b.length);
                byte[] junk = new byte[1 + r.nextInt(512)];
                r.nextBytes(junk);
                yield ByteBuffer.allocate(b.length + junk.length).put(b, 0, at).put(junk).put(b, at, b.length - at).array();
            }
            case 4 -> { // delete a block
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(256));
                yield ByteBuffer.allocate(b.length - len).put(b, 0, at).put(b, at + len, b.length - at - len).array();
            }
            case 5 -> { // interesting values (0, 0xFF.., 0x7FFF.., 0x8000..) over a 4-byte field, e.g. a dimension
                int at = r.nextInt(Math.max(1, Math.min(b.length - 4, 40)));
                int[] interesting = {0, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 30_000};
                ByteBuffer.wrap(b, at, 4).putInt(interesting[r.nextInt(interesting.length)]);
                yield b;
            }
            case 6 -> { // duplicate a block (repeated markers and chunks)
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(1024));
                yield ByteBuffer.allocate(b.length + len).put(b, 0, at + len).put(b, at, len)
                        .put(b, at + len, b.length - at - len).array();
            }
            default -> { // zero a block
                int at = r.nextInt(b.length);
                Arrays.fill(b, at, Math.min(b.length, at + 1 + r.nextInt(2048)), (byte) 0);
                yield b;
            }
        };
    }
}
