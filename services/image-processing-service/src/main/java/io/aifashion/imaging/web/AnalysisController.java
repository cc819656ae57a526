package io.aifashion.imaging.web;

import io.aifashion.imaging.application.AnalyzePhoto;
import io.aifashion.imaging.application.DeleteAnalysis;
import io.aifashion.imaging.application.ReadAnalyses;
import io.aifashion.imaging.application.RenderReport;
import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisSettings;
import io.aifashion.imaging.domain.HistoryPage;
import io.aifashion.imaging.domain.ReportImage;
import io.aifashion.kit.security.CurrentUser;
import io.aifashion.kit.web.ApiProblem;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Skin-tone analyses: upload a photo, read one, list one's own, delete one, get its report
 * (docs/api.md, "Skin-tone analysis"). Uploads are open to anonymous callers (the gateway limits
 * their rate more strictly); history and deletion need the owner's token.
 */
@RestController
@RequestMapping("/api/v1/analyses")
public class AnalysisController {

    private final AnalyzePhoto analyze;
    private final ReadAnalyses read;
    private final DeleteAnalysis delete;
    private final RenderReport report;

    public AnalysisController(AnalyzePhoto analyze, ReadAnalyses read, DeleteAnalysis delete, RenderReport report) {
        this.analyze = analyze;
        this.read = read;
        this.delete = delete;
        this.report = report;
    }

    /**
     * Analyses the photo in the multipart part {@code image}. 201 with the result, also when the
     * answer is "retake" (no face, too dark, ...): that is a valid outcome, not an error.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AnalysisView> create(@RequestPart("image") MultipartFile image,
                                               @RequestParam(defaultValue = "true") boolean faceDetection)
            throws IOException {
        Analysis analysis = analyze.analyze(image.getBytes(), new AnalysisSettings(faceDetection),
                CurrentUser.id().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/analyses/" + analysis.id())).body(AnalysisView.of(analysis));
    }

    @GetMapping("/{id}")
    public AnalysisView get(@PathVariable UUID id) {
        return read.find(id, CurrentUser.id()).map(AnalysisView::of)
                .orElseThrow(() -> ApiProblem.notFound("Analysis", id));
    }

    /** {@code ?mine}: the caller's history, newest first. Nobody may list other people's analyses. */
    @GetMapping
    public HistoryView history(@RequestParam(required = false) String mine,
                               @RequestParam(defaultValue = "20") int limit,
                               @RequestParam(required = false) String cursor) {
        if (mine == null || mine.equalsIgnoreCase("false")) {
            throw ApiProblem.badRequest("mine", "is required: only your own analyses can be listed (?mine)");
        }
        if (limit < 1 || limit > ReadAnalyses.MAX_LIMIT) {
            throw ApiProblem.badRequest("limit", "must be between 1 and " + ReadAnalyses.MAX_LIMIT);
        }
        HistoryPage page = read.history(CurrentUser.require(), HistoryCursors.decode(cursor), limit);
        return new HistoryView(page.items().stream().map(AnalysisView::of).toList(), HistoryCursors.encode(page.next()));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> remove(@PathVariable UUID id) {
        if (!delete.delete(id, CurrentUser.require())) {
            throw ApiProblem.notFound("Analysis", id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The report PNG: drawn on the photo when it was kept with consent ({@code X-Report-Kind: full}),
     * otherwise from the stored colours alone ({@code X-Report-Kind: swatches}). Never cached by
     * intermediaries: it may show the person's face.
     */
    @GetMapping("/{id}/report.png")
    public ResponseEntity<byte[]> report(@PathVariable UUID id) {
        ReportImage image = report.report(id, CurrentUser.id()).orElseThrow(() -> ApiProblem.notFound("Analysis", id));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .header("X-Report-Kind", image.kind().code())
                .body(image.png());
    }
}
