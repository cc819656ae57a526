package io.aifashion.catalog.web;

import io.aifashion.catalog.application.ImportAbortedException;
import io.aifashion.catalog.application.ImportReport;
import io.aifashion.catalog.application.ProductNotFoundException;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.SkuTakenException;
import io.aifashion.color.InvalidColorException;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.kit.web.ProblemDetailsAdvice;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** The catalogue's own exceptions as the kit's problem documents. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CatalogueProblems.class);

    private final ProblemDetailsAdvice problems;

    CatalogueProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidProductException.class)
    ResponseEntity<Object> invalid(InvalidProductException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.badRequest(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(InvalidColorException.class)
    ResponseEntity<Object> invalidColour(InvalidColorException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.badRequest(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(ProductNotFoundException.class)
    ResponseEntity<Object> notFound(ProductNotFoundException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.notFound("product", e.id()), request);
    }

    /** A batch failed in the database: earlier batches stand; the client can re-run the import. */
    @ExceptionHandler(ImportAbortedException.class)
    ResponseEntity<Object> importAborted(ImportAbortedException e, WebRequest request) {
        log.error("Import aborted: {}", e.getMessage(), e);
        ImportReport partial = e.partial();
        return problems.handleApiProblem(new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "import-aborted",
                "Import stopped", "The batch starting on line " + e.failedBatchFirstLine() + " could not be written"
                        + " and left nothing behind; the rows before it are imported. Importing the same file again"
                        + " finishes the job (imports are idempotent).",
                Map.of("failedBatchFirstLine", e.failedBatchFirstLine(), "imported", partial.imported(),
                        "created", partial.created(), "updated", partial.updated(), "failed", partial.failed(),
                        "batches", partial.batches())), request);
    }

    @ExceptionHandler(SkuTakenException.class)
    ResponseEntity<Object> skuTaken(SkuTakenException e, WebRequest request) {
        return problems.handleApiProblem(new ApiProblem(HttpStatus.CONFLICT, "sku-taken", "SKU already used",
                e.getMessage(), Map.of("sku", e.sku())), request);
    }
}
