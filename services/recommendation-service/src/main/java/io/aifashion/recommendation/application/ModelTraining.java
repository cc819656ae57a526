package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.catalogue.CatalogueRepository;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.CatalogueSnapshot;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.TrendingList;
import io.aifashion.recommender.data.InteractionLog.Builder;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.model.CatalogueTooLargeException;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.EaseConfig;
import io.aifashion.recommender.model.EaseTrainer;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityTrainer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the model bundle current, in the background. A single trainer thread polls cheap change
 * markers (the catalogue's change counter and the interaction log's head) and:
 * <ul>
 *   <li>on the first poll, or when products were added or removed, loads a catalogue snapshot and
 *       trains every model over its item index — once the change counter has stopped moving for one
 *       poll (an import in progress), or after at most a minute;</li>
 *   <li>when only product attributes changed (stock, price, names), swaps in the new snapshot with
 *       the same models — they index the same products;</li>
 *   <li>when {@code min-new-interactions} arrived since the last training, or {@code interval} has
 *       passed and any arrived, retrains.</li>
 * </ul>
 * Models are trained from the per-(user, product) read model (the folded log), over the catalogue's
 * index so that products nobody touched exist in every model with zero support. Item-kNN, implicit
 * ALS and popularity always; EASE while the catalogue has at most {@code ease-max-items} products.
 * The finished bundle replaces the old one atomically ({@link ModelRegistry}); requests never wait.
 */
@Service
public class ModelTraining implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    /** The longest a changed product set waits for a running import to settle before models are retrained. */
    static final Duration CATALOGUE_LAG = Duration.ofSeconds(60);

    private final CatalogueRepository catalogue;
    private final InteractionLog interactions;
    private final ShopperHistories histories;
    private final ModelRegistry registry;
    private final RecommendationProperties properties;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean running;
    private Thread worker;
    /** The change marker at which the catalogue was last seen empty (guarded by the lock). */
    private long lastEmptyMarker = Long.MIN_VALUE;
    /** The change marker seen at the previous poll, to tell a settled catalogue from one being imported. */
    private long lastCatalogueMarker = Long.MIN_VALUE;

    public ModelTraining(CatalogueRepository catalogue, InteractionLog interactions, ShopperHistories histories,
                         ModelRegistry registry, RecommendationProperties properties,
                         PlatformTransactionManager transactions, Clock clock,
                         MeterRegistry meters) {
        this.catalogue = catalogue;
        this.interactions = interactions;
        this.histories = histories;
        this.registry = registry;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.meters = meters;
        meters.gauge("aifashion.recommendation.model.age.seconds", this, ModelTraining::modelAgeSeconds);
        // The serving bundle's version: the Unix second it was trained at, which changes with every
        // swap and only grows, so a dashboard shows each retraining as a step.
        Gauge.builder("aifashion.recommendation.model.version", this, ModelTraining::modelVersion)
                .description("Unix time at which the serving models were trained").register(meters);
    }

    /** What a training run produced. */
    public record Outcome(String reason, int products, int users, int interactions, long logPosition,
                          Map<String, String> modelVersions, Duration took) {
    }

    /** Trains now, in the caller's thread (after any training in progress), and swaps the result in. */
    public Optional<Outcome> trainNow(String reason) {
        lock.lock();
        try {
            return train(reason);
        } finally {
            lock.unlock();
        }
    }

    /** One look at the change markers; trains or refreshes if they call for it. */
    void poll() {
        lock.lock();
        try {
            long marker = catalogue.changeMarker();
            long head = interactions.head();
            Optional<ModelBundle> current = registry.current();
            if (current.isEmpty()) {
                if (!registry.loaded() || marker != lastEmptyMarker) {
                    lastEmptyMarker = marker;
                    train("start");
                }
                return;
            }
            ModelBundle bundle = current.get();
            if (marker != bundle.catalogue().marker()) {
                List<Product> products = catalogue.all();
                if (!products.isEmpty()) {
                    CatalogueSnapshot snapshot = CatalogueSnapshot.of(products, marker);
                    if (snapshot.sameItems(bundle.catalogue())) {
                        registry.swap(bundle.withCatalogue(snapshot, bundle.trending()));
                        return;
                    }
                }
                // Products were added or removed. While an import is still running (the marker moved
                // since the last poll) wait for it to settle, so a 50,000-product import costs one
                // training rather than one per poll — but never serve a stale product set for longer
                // than CATALOGUE_LAG.
                boolean settled = marker == lastCatalogueMarker;
                lastCatalogueMarker = marker;
                if (settled || Duration.between(bundle.trainedAt(), clock.instant()).compareTo(CATALOGUE_LAG) >= 0) {
                    train("catalogue");
                }
                return;
            }
            long fresh = head - bundle.logPosition();
            Duration age = Duration.between(bundle.trainedAt(), clock.instant());
            if (fresh >= properties.training().minNewInteractions()
                    || (fresh > 0 && age.compareTo(properties.training().interval()) >= 0)) {
                train(fresh >= properties.training().minNewInteractions() ? "interactions" : "schedule");
            }
        } finally {
            lock.unlock();
        }
    }

    private Optional<Outcome> train(String reason) {
        long started = System.nanoTime();
        long marker = catalogue.changeMarker();
        long head = interactions.head();
        List<Product> products = catalogue.all();
        if (products.isEmpty()) {
            registry.clear();
            lastEmptyMarker = marker;
            return Optional.empty();
        }
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(products, marker);
        Instant now = clock.instant();
        Builder rows = io.aifashion.recommender.data.InteractionLog.builder(snapshot.items());
        TrendingList.Builder trending = TrendingList.builder(snapshot, now, properties.trending().halfLife(),
                properties.trending().window());
        readOnly.executeWithoutResult(status -> histories.forEach(state -> {
            if (snapshot.indexOf(state.productId()).isEmpty()) {
                return;
            }
            // A non-positive sum is a dislike; the library keeps it as an exclusion (−1 if exactly zero).
            double weight = state.positive() ? state.weight() : Math.min(state.weight(), -1);
            rows.add(state.userId(), state.productId(), weight, state.lastAt().getEpochSecond());
            trending.add(state);
        }));
        InteractionMatrix matrix = rows.build().toMatrix();
        Map<Algorithm, CollaborativeModel> models = new EnumMap<>(Algorithm.class);
        RecommendationProperties.Training t = properties.training();
        models.put(Algorithm.POPULARITY, new PopularityTrainer(clock).train(matrix));
        models.put(Algorithm.ITEM_KNN, new ItemKnnTrainer(ItemKnnConfig.defaults().withNeighbours(t.knnNeighbours())
                .withThreads(t.threads()), clock).train(matrix));
        models.put(Algorithm.IALS, new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withFactors(t.ialsFactors())
                .withIterations(t.ialsIterations()).withThreads(t.threads()), clock, null).train(matrix));
        if (snapshot.size() <= t.easeMaxItems()) {
            try {
                models.put(Algorithm.EASE, new EaseTrainer(EaseConfig.defaults().withMaxItems(t.easeMaxItems())
                        .withThreads(t.threads()), clock).train(matrix));
            } catch (CatalogueTooLargeException e) {
                log.info("EASE skipped: {}", e.getMessage());
            }
        }
        registry.swap(new ModelBundle(snapshot, models, trending.build(), head, now, BlendPolicy.defaults()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        trainingTimer(reason).record(took.toNanos(), TimeUnit.NANOSECONDS);
        Map<String, String> versions = new java.util.TreeMap<>();
        models.forEach((a, m) -> versions.put(a.label(), m.metadata().versionId()));
        log.info(
                "Trained models ({}) over {} products, {} users, {} positives in {} ms: {}", reason, snapshot.size(),
                matrix.userCount(), matrix.positiveCount(), took.toMillis(), versions);
        return Optional.of(new Outcome(reason, snapshot.size(), matrix.userCount(), matrix.positiveCount(), head,
                versions, took));
    }

    /** Training time by what started it (start, catalogue, interactions, schedule, or a caller's reason). */
    private Timer trainingTimer(String reason) {
        return Timer.builder("aifashion.recommendation.training")
                .description("time to train the model bundle")
                .tag("reason", reason)
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
                        Duration.ofMinutes(1), Duration.ofMinutes(5))
                .register(meters);
    }

    private double modelVersion() {
        return registry.current().map(b -> (double) b.trainedAt().getEpochSecond()).orElse(Double.NaN);
    }

    private double modelAgeSeconds() {
        return registry.current().map(b -> (double) Duration.between(b.trainedAt(), clock.instant()).toSeconds())
                .orElse(Double.NaN);
    }

    private void loop() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                log.warn("Model training round failed; serving keeps the previous models: {}", e.toString(), e);
            }
            try {
                Thread.sleep(properties.training().pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("recommendation-trainer").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
