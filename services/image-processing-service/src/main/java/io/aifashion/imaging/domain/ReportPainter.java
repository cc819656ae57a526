package io.aifashion.imaging.domain;

/** Draws a report from an analysis's stored colours alone (no photo needed). */
public interface ReportPainter {

    /** A PNG with the skin swatch, dominant colours, Monk scale position, hair, eyes and season per face. */
    byte[] paint(Analysis analysis);
}
