package io.aifashion.imaging.web;

import java.util.List;

/** A page of the caller's analyses, newest first; pass {@code nextCursor} back as {@code cursor}. */
public record HistoryView(List<AnalysisView> items, String nextCursor) {
}
