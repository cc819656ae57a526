package io.aifashion.colormatching.infrastructure;

import io.aifashion.colormatching.application.GeneratePersonalPalette;
import io.aifashion.colormatching.application.PurgeUser;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns analyses into personal palettes and purges deleted users, each event applied once. */
@Component
public class AnalysisEventListener {

    static final String CONSUMER = "color-matching-service";

    private final EventInbox inbox;
    private final GeneratePersonalPalette generate;
    private final PurgeUser purge;

    public AnalysisEventListener(EventInbox inbox, GeneratePersonalPalette generate, PurgeUser purge) {
        this.inbox = inbox;
        this.generate = generate;
        this.purge = purge;
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).SKIN_TONE_ANALYZED.topic()}", groupId = CONSUMER)
    public void onAnalysis(String message) {
        inbox.accept(CONSUMER, message, SkinToneAnalyzed.class, (envelope, event) -> generate.on(event));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_DELETED.topic()}", groupId = CONSUMER)
    public void onUserDeleted(String message) {
        inbox.accept(CONSUMER, message, UserDeleted.class, (envelope, event) -> purge.purge(event.userId()));
    }
}
