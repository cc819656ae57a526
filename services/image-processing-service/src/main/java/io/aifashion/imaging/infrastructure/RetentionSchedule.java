package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.application.PurgeExpired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention purge every {@code aifashion.imaging.purge-interval} (default an hour). */
@Component
public class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PurgeExpired purge;

    public RetentionSchedule(PurgeExpired purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelayString = "${aifashion.imaging.purge-interval:PT1H}",
            initialDelayString = "${aifashion.imaging.purge-initial-delay:PT1M}")
    public void purgeExpired() {
        PurgeExpired.Purged purged = purge.run();
        if (purged.photos() > 0 || purged.anonymousAnalyses() > 0) {
            log.info("Retention purge: {} kept photos and {} anonymous analyses past their retention deleted",
                    purged.photos(), purged.anonymousAnalyses());
        }
    }
}
