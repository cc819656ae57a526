package io.aifashion.imaging.domain;

import java.util.List;

/** One page of a user's analyses, newest first; {@code next} is null on the last page. */
public record HistoryPage(List<Analysis> items, HistoryCursor next) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
