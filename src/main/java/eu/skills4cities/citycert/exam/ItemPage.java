package eu.skills4cities.citycert.exam;

import java.util.List;

/** One page of items, newest change first, and how many match the filter in all. */
public record ItemPage(List<ExamItem> items, long total) {

    public ItemPage {
        items = List.copyOf(items);
    }
}
