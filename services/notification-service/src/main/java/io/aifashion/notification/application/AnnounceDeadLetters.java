package io.aifashion.notification.application;

import io.aifashion.notification.domain.DeadLetter;
import io.aifashion.notification.domain.DeadLetters;
import io.aifashion.notification.domain.Deliveries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes dead deliveries to the dead-letter topic. A delivery is marked dead in the same
 * transaction as its last attempt and announced afterwards, marked announced only once Kafka has
 * acknowledged, so a broker outage delays an announcement but never loses it (the outbox pattern,
 * applied to this service's own table).
 */
public class AnnounceDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(AnnounceDeadLetters.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final DeadLetters deadLetters;
    private final TransactionTemplate tx;
    private final Clock clock;

    public AnnounceDeadLetters(Deliveries deliveries, DeadLetters deadLetters, TransactionTemplate tx, Clock clock) {
        this.deliveries = deliveries;
        this.deadLetters = deadLetters;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return whether a full batch went out (so more may be waiting) */
    public boolean announceBatch() {
        Boolean more = tx.execute(status -> {
            List<DeadLetter> letters = deliveries.claimUnannouncedDead(BATCH);
            List<UUID> done = new ArrayList<>();
            for (DeadLetter letter : letters) {
                try {
                    deadLetters.publish(letter);
                    done.add(letter.deliveryId());
                } catch (RuntimeException e) {
                    log.warn("Could not publish dead letter for delivery {}: {} — will retry", letter.deliveryId(),
                            e.getMessage());
                    break;
                }
            }
            if (!done.isEmpty()) {
                deliveries.markAnnounced(done, clock.instant());
            }
            return done.size() == BATCH;
        });
        return Boolean.TRUE.equals(more);
    }
}
