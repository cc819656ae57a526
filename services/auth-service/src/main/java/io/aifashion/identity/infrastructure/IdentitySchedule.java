package io.aifashion.identity.infrastructure;

import io.aifashion.identity.application.Housekeeping;
import io.aifashion.identity.application.RotateSigningKey;
import io.aifashion.identity.domain.SigningKeys;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Start-up and periodic work: an active signing key at start, scheduled rotation, housekeeping.
 * Intervals are ISO-8601 durations ({@code aifashion.auth.key-check-interval},
 * {@code aifashion.auth.housekeeping-interval}).
 */
@Component
public class IdentitySchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySchedule.class);

    private final SigningKeys keys;
    private final RotateSigningKey rotation;
    private final Housekeeping housekeeping;
    private final Clock clock;

    public IdentitySchedule(SigningKeys keys, RotateSigningKey rotation, Housekeeping housekeeping, Clock clock) {
        this.keys = keys;
        this.rotation = rotation;
        this.housekeeping = housekeeping;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String kid = keys.ensureActive(clock.instant());
        rotation.rotateIfDue();
        log.info("Signing access tokens with key {}", kid);
    }

    @Scheduled(fixedDelayString = "${aifashion.auth.key-check-interval:PT10M}",
            initialDelayString = "${aifashion.auth.key-check-interval:PT10M}")
    void rotateWhenDue() {
        try {
            rotation.rotateIfDue();
        } catch (RuntimeException e) {
            log.warn("Scheduled key rotation check failed; will try again: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${aifashion.auth.housekeeping-interval:PT1M}",
            initialDelayString = "${aifashion.auth.housekeeping-interval:PT1M}")
    void tidyUp() {
        try {
            housekeeping.run();
        } catch (RuntimeException e) {
            log.warn("Housekeeping failed; will try again: {}", e.getMessage());
        }
    }
}
