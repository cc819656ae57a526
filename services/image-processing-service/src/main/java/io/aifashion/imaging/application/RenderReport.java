package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.ReportImage;
import io.aifashion.imaging.domain.ReportPainter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The report of an analysis: the full report (drawn on the photo, with face boxes and the skin
 * mask) when the photo was kept with its owner's consent, otherwise a swatch report drawn from the
 * stored colours — the service never has the photo then, so it cannot draw on it.
 */
@Service
public class RenderReport {

    private final ReadAnalyses read;
    private final PhotoVault vault;
    private final ReportPainter painter;

    public RenderReport(ReadAnalyses read, PhotoVault vault, ReportPainter painter) {
        this.read = read;
        this.vault = vault;
        this.painter = painter;
    }

    /** Empty when the caller may not see the analysis (or it does not exist). */
    public Optional<ReportImage> report(UUID id, Optional<String> caller) {
        return read.find(id, caller).map(this::render);
    }

    private ReportImage render(Analysis analysis) {
        return vault.photo(analysis.id())
                .map(photo -> new ReportImage(photo.report(), ReportImage.Kind.FULL))
                .orElseGet(() -> new ReportImage(painter.paint(analysis), ReportImage.Kind.SWATCHES));
    }
}
