package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.crm.api.analytics.ParetoReport;

/**
 * The cumulative revenue curve: customers ranked by revenue, highest first; point i of P = min(n, 100)
 * is at c = ceil(i x n / P) customers, (c / n, revenue of the first c / all revenue). The top 20% are
 * the first ceil(0.2 x n) customers. Shares have four decimals, half up.
 */
final class ParetoCurve {
    private ParetoCurve() {
    }

    static ParetoReport of(List<BigDecimal> revenues, LocalDate from, LocalDate to) {
        List<BigDecimal> ranked = revenues.stream().filter(r -> r.signum() > 0).sorted(Comparator.reverseOrder())
                .toList();
        int n = ranked.size();
        BigDecimal[] cumulative = new BigDecimal[n + 1];
        cumulative[0] = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            cumulative[i + 1] = cumulative[i].add(ranked.get(i));
        }
        BigDecimal total = cumulative[n];
        List<ParetoReport.Point> curve = new ArrayList<>();
        int points = Math.min(n, 100);
        for (int i = 0; i <= points && n > 0; i++) {
            int c = (int) ((i * (long) n + points - 1) / points);
            curve.add(new ParetoReport.Point(share(c, n), share(cumulative[c], total)));
        }
        long top = n == 0 ? 0 : (n + 4) / 5;
        BigDecimal topShare = n == 0 ? BigDecimal.ZERO.setScale(4) : share(cumulative[(int) top], total);
        return new ParetoReport(from, to, n, total, top, topShare, curve);
    }

    private static BigDecimal share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
