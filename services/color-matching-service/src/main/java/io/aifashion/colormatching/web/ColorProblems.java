package io.aifashion.colormatching.web;

import io.aifashion.color.InvalidColorException;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.kit.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** A malformed colour is the caller's mistake: 400 naming the field, nothing stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ColorProblems {

    private final ProblemDetailsAdvice problems;

    public ColorProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidColorException.class)
    public ResponseEntity<Object> invalidColour(InvalidColorException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.badRequest(e.field(), e.getMessage()), request);
    }
}
