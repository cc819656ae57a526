package io.aifashion.recommendation.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentReport;
import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.experiment.Variant;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, stopping, listing experiments and reporting their results. Starting or stopping one
 * changes which ranking some users get, so every cached list is dropped.
 */
@Service
public class ManageExperiments {

    private final ExperimentRepository experiments;
    private final RecommendationCache cache;
    private final Clock clock;

    public ManageExperiments(ExperimentRepository experiments, RecommendationCache cache, Clock clock) {
        this.experiments = experiments;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * @throws io.aifashion.recommendation.domain.experiment.InvalidExperimentException on a bad definition
     * @throws io.aifashion.recommendation.domain.experiment.ExperimentAlreadyRunningException if one runs
     */
    @Transactional
    public Experiment create(String name, String description, List<Variant> variants, String createdBy) {
        Experiment experiment = Experiment.start(UUID.randomUUID(), name, description, variants, createdBy,
                clock.instant());
        experiments.create(experiment);
        cache.clearAfterCommit();
        return experiment;
    }

    /** Stops the experiment (stopping a stopped one changes nothing). */
    @Transactional
    public Experiment stop(UUID id) {
        Experiment experiment = find(id);
        if (!experiment.running()) {
            return experiment;
        }
        Experiment stopped = experiment.stop(clock.instant());
        experiments.update(stopped);
        cache.clearAfterCommit();
        return stopped;
    }

    @Transactional(readOnly = true)
    public Experiment find(UUID id) {
        return experiments.find(id).orElseThrow(() -> ApiProblem.notFound("Experiment", id));
    }

    @Transactional(readOnly = true)
    public List<Experiment> all() {
        return experiments.all();
    }

    @Transactional(readOnly = true)
    public ExperimentReport results(UUID id) {
        return ExperimentReport.of(find(id), experiments.counts(id));
    }
}
