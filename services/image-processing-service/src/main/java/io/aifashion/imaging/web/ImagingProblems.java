package io.aifashion.imaging.web;

import io.aifashion.imaging.domain.AnalyzerBusyException;
import io.aifashion.imaging.domain.UnusableImageException;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.kit.web.ProblemDetailsAdvice;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Bad uploads as RFC 9457 problems that say which problem and why, with the machine-readable
 * {@code reason}. Statuses (RFC 9110 §15.5):
 * <ul>
 *   <li>400 {@code unreadable-image}: empty, truncated or corrupt data — the request is malformed;</li>
 *   <li>400 {@code unsupported-image}: an image whose colour model cannot be measured (CMYK);</li>
 *   <li>413 {@code payload-too-large}: over the 20 MB file limit;</li>
 *   <li>415 {@code unsupported-media-type}: the bytes are not a JPEG, PNG or WebP image (sniffed, whatever
 *       the file name or declared type says);</li>
 *   <li>422 {@code unprocessable-image}: a well-formed image refused on its content — more pixels than the
 *       decompression-bomb limit, or pixels the pipeline could not analyse;</li>
 *   <li>503 {@code service-unavailable} with {@code Retry-After}: every analysis worker is busy.</li>
 * </ul>
 * Nothing is stored for any of them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImagingProblems {

    private final ProblemDetailsAdvice problems;

    public ImagingProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnusableImageException.class)
    public ResponseEntity<Object> unusable(UnusableImageException e, WebRequest request) {
        String reason = e.rejection().code();
        ApiProblem problem = switch (e.rejection()) {
            case EMPTY, TRUNCATED, CORRUPT -> problem(HttpStatus.BAD_REQUEST, "unreadable-image",
                    "Unreadable image", e, reason);
            case UNSUPPORTED_COLOR_MODEL -> problem(HttpStatus.BAD_REQUEST, "unsupported-image",
                    "Unsupported image", e, reason);
            case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", e, reason);
            case UNSUPPORTED_FORMAT -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Not a supported image", e, reason);
            case TOO_MANY_PIXELS, ANALYSIS_FAILED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-image",
                    "Image cannot be processed", e, reason);
        };
        return problems.handleApiProblem(problem, request);
    }

    @ExceptionHandler(AnalyzerBusyException.class)
    public ResponseEntity<Object> busy(AnalyzerBusyException e, WebRequest request) {
        ResponseEntity<Object> r = problems.handleApiProblem(ApiProblem.unavailable(e.getMessage()), request);
        return ResponseEntity.status(r.getStatusCode())
                .headers(h -> {
                    h.addAll(r.getHeaders());
                    h.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
                })
                .body(r.getBody());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<Object> missingPart(MissingServletRequestPartException e, WebRequest request) {
        return problems.handleApiProblem(ApiProblem.badRequest(e.getRequestPartName(),
                "is required: send the photo as the multipart/form-data part '" + e.getRequestPartName() + "'"), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e, WebRequest request) {
        return problems.handleApiProblem(new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "Payload too large", "The upload is larger than the 20 MB limit for photos.",
                Map.of("reason", "too-large")), request);
    }

    /** A body announced as multipart that cannot be parsed as such (RFC 7578): the request is malformed. */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
        return problems.handleApiProblem(new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-multipart",
                "Malformed multipart body", "The request body is not valid multipart/form-data; send the photo "
                        + "as the part 'image'.", Map.of()), request);
    }

    private static ApiProblem problem(HttpStatus status, String slug, String title, UnusableImageException e,
                                      String reason) {
        return new ApiProblem(status, slug, title, e.getMessage(), Map.of("reason", reason));
    }
}
