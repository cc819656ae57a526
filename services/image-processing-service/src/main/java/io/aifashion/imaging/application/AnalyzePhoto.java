package io.aifashion.imaging.application;

import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.AnalysisSettings;
import io.aifashion.imaging.domain.AnalyzedPhoto;
import io.aifashion.imaging.domain.ConsentRegistry;
import io.aifashion.imaging.domain.ContentKey;
import io.aifashion.imaging.domain.FaceResult;
import io.aifashion.imaging.domain.PhotoAnalyzer;
import io.aifashion.imaging.domain.PhotoCopy;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.ResultCache;
import io.aifashion.imaging.domain.RetentionPolicy;
import io.aifashion.imaging.domain.SkinMeasurement;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A photo was uploaded: measure it (or reuse the cached result for the same bytes), then record the
 * analysis, keep the photo if its owner consented, and announce a completed analysis — the last
 * three in one transaction, so the event goes out exactly when the analysis exists.
 *
 * <p>The pipeline runs outside the transaction: it takes tens to hundreds of milliseconds of CPU and
 * must not hold a database connection meanwhile. Rejected uploads throw before anything is written.
 *
 * <p>A cache hit is a new analysis like any other (its own id, time, history entry and event): the
 * cache saves the measurement, not the act of analysing. A caller who consented to keeping photos
 * always gets a fresh measurement, since the photo copy and its report come out of the pipeline.
 */
@Service
public class AnalyzePhoto {

    private final PhotoAnalyzer analyzer;
    private final ResultCache cache;
    private final AnalysisRepository analyses;
    private final PhotoVault vault;
    private final ConsentRegistry consents;
    private final EventPublisher events;
    private final TransactionOperations tx;
    private final RetentionPolicy retention;
    private final Clock clock;

    public AnalyzePhoto(PhotoAnalyzer analyzer, ResultCache cache, AnalysisRepository analyses, PhotoVault vault,
                        ConsentRegistry consents, EventPublisher events, TransactionOperations tx,
                        RetentionPolicy retention, Clock clock) {
        this.analyzer = analyzer;
        this.cache = cache;
        this.analyses = analyses;
        this.vault = vault;
        this.consents = consents;
        this.events = events;
        this.tx = tx;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * @param image    the uploaded bytes
     * @param settings the caller's settings
     * @param userId   the signed-in caller, or null for an anonymous one
     * @return the recorded analysis
     * @throws io.aifashion.imaging.domain.UnusableImageException when the upload is not an analysable image
     * @throws io.aifashion.imaging.domain.AnalyzerBusyException  when the service is saturated
     */
    public Analysis analyze(byte[] image, AnalysisSettings settings, String userId) {
        ContentKey key = ContentKey.of(image, settings);
        boolean keepPhoto = userId != null && consents.storesPhotos(userId);
        Optional<AnalysisResult> cached = keepPhoto ? Optional.empty() : cache.find(key);
        AnalysisResult result;
        PhotoCopy photo = null;
        if (cached.isPresent()) {
            result = cached.get();
        } else {
            AnalyzedPhoto analyzed = analyzer.analyze(image, settings, keepPhoto);
            result = analyzed.result();
            photo = analyzed.photo();
            cache.put(key, result);
        }
        // PostgreSQL keeps microseconds: truncate so that the stored time and a history cursor agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Analysis analysis = new Analysis(UUID.randomUUID(), userId, now, key, result);
        // Purpose limitation (GDPR Art. 5(1)(b)): a photo is kept to go with a measurement, so a
        // photo that needs a retake is not kept even with consent.
        PhotoCopy kept = result.completed() ? photo : null;
        tx.executeWithoutResult(status -> {
            analyses.save(analysis);
            if (kept != null) {
                vault.store(analysis.id(), userId, kept, now, now.plus(retention.photos()));
            }
            if (result.completed()) {
                events.publish(event(analysis));
            }
        });
        return analysis;
    }

    static SkinToneAnalyzed event(Analysis analysis) {
        FaceResult primary = analysis.result().primaryFace().orElseThrow();
        SkinMeasurement skin = primary.skin();
        return new SkinToneAnalyzed(analysis.id().toString(), analysis.userId(), skin.monkTone(), skin.confidence(),
                skin.skinHex(), new LabColor(skin.skinLab().l(), skin.skinLab().a(), skin.skinLab().b()), skin.ita(),
                skin.undertone().type(), skin.hair().hex(), skin.eyes().hex(), skin.season().id(),
                analysis.createdAt());
    }
}
