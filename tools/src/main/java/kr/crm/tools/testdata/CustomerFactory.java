package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Builds true customer number {@code i} from the seed alone, so customers can be regenerated on
 * demand instead of kept. Kind, name and region come from a per-index "base" draw; a twin copies
 * the base draw of an earlier, non-twin index, which needs no other customer to be built.
 */
final class CustomerFactory {
    private final int customers;
    private final long seed;
    private final Variation variation;
    private final AffinePermutation mobiles;
    private final AffinePermutation landlines;
    private final AffinePermutation brns;
    private final AffinePermutation emails;

    /** Kind, name (canonical; Hangul kept for e-mails) and region index of one index. */
    private record Base(Kind kind, String name, String hangulName, int region) {
    }

    CustomerFactory(int customers, long seed, Variation variation) {
        this.customers = customers;
        this.seed = seed;
        this.variation = variation;
        SplittableRandom setup = Rngs.of(seed, Rngs.SETUP, 0);
        this.mobiles = new AffinePermutation(90_000_000, setup);
        this.landlines = new AffinePermutation(8_000_000, setup);
        this.brns = new AffinePermutation(Brn.SPACE, setup);
        long emailSpace = 1000;
        while (emailSpace < customers) {
            emailSpace *= 10;
        }
        this.emails = new AffinePermutation(emailSpace, setup);
    }

    int customers() {
        return customers;
    }

    /** Customer number {@code index} (0-based). */
    TrueCustomer customer(int index) {
        if (index < 0 || index >= customers) {
            throw new IndexOutOfBoundsException(index);
        }
        Base base = base(index);
        SplittableRandom r = Rngs.of(seed, Rngs.DETAIL, index);
        String twinOf = null;
        int region = base.region();
        int partner = partner(index, r);
        if (partner >= 0) {
            int other = partner;
            int next;
            while ((next = partner(other, Rngs.of(seed, Rngs.DETAIL, other))) >= 0) {
                other = next;
            }
            Base twin = base(other);
            twinOf = TrueCustomer.trueIdOf(other);
            region = twin.kind() == Kind.COMPANY ? Regions.pickOther(twin.region(), r)
                    : r.nextBoolean() ? twin.region() : region;
            base = new Base(twin.kind(), twin.name(), twin.hangulName(), region);
        }
        boolean company = base.kind() == Kind.COMPANY;
        boolean mobile = r.nextDouble() < (company ? 0.15 : 0.9);
        String phone = mobile ? Phones.mobile(mobiles.apply(index))
                : Phones.landline(Regions.ALL[region].areaCode(), landlines.apply(index), r);
        String email = company ? Emails.company(base.name(), emails.apply(index), r)
                : Emails.person(base.hangulName(), emails.apply(index), r);
        String brn = company || r.nextDouble() < 0.08
                ? Brn.generate(brns.apply(index), company, r) : null;
        Regions.Address address = Regions.address(region, r);
        return new TrueCustomer(TrueCustomer.trueIdOf(index), base.kind(), base.name(), phone,
                email, brn, address.address(), address.postalCode(), address.region(), twinOf);
    }

    /**
     * The earlier index customer {@code index} is a twin of, or -1; the first draws of its detail
     * generator {@code r}. Twins of twins resolve to the first customer of the chain.
     */
    private int partner(int index, SplittableRandom r) {
        return index > 0 && Rngs.chance(r, variation.twinShare()) ? r.nextInt(index) : -1;
    }

    private Base base(int index) {
        SplittableRandom r = Rngs.of(seed, Rngs.BASE, index);
        int region = Regions.pick(r);
        if (Rngs.chance(r, variation.companyShare())) {
            return new Base(Kind.COMPANY, CompanyNames.canonical(r), null, region);
        }
        String hangul = PersonNames.hangul(r);
        String name = Rngs.chance(r, variation.latinNameShare()) ? PersonNames.latin(hangul) : hangul;
        return new Base(Kind.PERSON, name, hangul, region);
    }
}
