package io.aifashion.recommendation.web;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.kit.web.ProblemDetailsAdvice;
import io.aifashion.recommendation.application.WarmingUpException;
import io.aifashion.recommendation.domain.experiment.ExperimentAlreadyRunningException;
import io.aifashion.recommendation.domain.experiment.InvalidExperimentException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** This service's own failures as problems: still warming up (503), experiment conflicts (409) and definitions (400). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RecommendationProblems {

    private final ProblemDetailsAdvice problems;

    public RecommendationProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(WarmingUpException.class)
    public ResponseEntity<Object> warmingUp(WarmingUpException e, WebRequest request) {
        ResponseEntity<Object> r = problems.handleApiProblem(new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                "recommendations-warming-up", "Warming up", e.getMessage(), Map.of()), request);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(r.getHeaders());
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(WarmingUpException.RETRY_AFTER_SECONDS));
        return new ResponseEntity<>(r.getBody(), headers, r.getStatusCode());
    }

    @ExceptionHandler(ExperimentAlreadyRunningException.class)
    public ResponseEntity<Object> alreadyRunning(ExperimentAlreadyRunningException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.conflict("experiment-already-running", e.getMessage()), request);
    }

    @ExceptionHandler(InvalidExperimentException.class)
    public ResponseEntity<Object> invalid(InvalidExperimentException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.badRequest(e.field(), e.getMessage()), request);
    }
}
