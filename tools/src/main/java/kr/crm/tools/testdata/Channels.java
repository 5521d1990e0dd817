package kr.crm.tools.testdata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The sales channels records come from, and how likely each is for a person or a company: the
 * host ERP (mostly business customers) and four consumer channels.
 */
public final class Channels {
    /** The host ERP; only its records carry a host customer number. */
    public static final String ERP = "erp";
    /** All channel names, in a fixed order. */
    public static final List<String> NAMES = List.of(ERP, "web-shop", "gs-shop", "hmall",
            "dept-store");
    private static final double[] PERSON_WEIGHTS = {15, 30, 20, 20, 15};
    private static final double[] COMPANY_WEIGHTS = {70, 15, 5, 5, 5};

    private Channels() {
    }

    /** The index of a channel for a record of this kind; never the ERP if {@code notErp}. */
    static int pick(Kind kind, boolean notErp, SplittableRandom r) {
        double[] weights = (kind == Kind.COMPANY ? COMPANY_WEIGHTS : PERSON_WEIGHTS).clone();
        if (notErp) {
            weights[0] = 0;
        }
        return Rngs.weighted(r, weights);
    }

    /** A two-letter prefix for order numbers of the channel. */
    static String orderPrefix(String source) {
        return switch (source) {
            case ERP -> "SO";
            case "web-shop" -> "WS";
            case "gs-shop" -> "GS";
            case "hmall" -> "HM";
            case "dept-store" -> "DS";
            default -> "OR";
        };
    }
}
