package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Customers per R x F score (those with orders in the measure window), with their average M score.
 *
 * @param population customers in the grid
 * @param cells the non-empty cells, R descending then F descending
 */
public record RfmGrid(long population, List<Cell> cells) {

    /**
     * @param recency R score 1-5
     * @param frequency F score 1-5
     * @param customers customers in the cell
     * @param averageMonetary their average M score, two decimals
     * @param revenue their revenue in the window
     */
    public record Cell(int recency, int frequency, long customers, BigDecimal averageMonetary, BigDecimal revenue) {
    }
}
