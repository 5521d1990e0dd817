package kr.crm.api.common;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the items on this page, in the order of the result
 * @param page zero-based page number
 * @param size the page size asked for
 * @param total how many items the whole result has
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
