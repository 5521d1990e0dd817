package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/** Spells a true customer the way one channel would, applying the {@link Variation} operators. */
final class RecordSpeller {
    private final Variation v;

    RecordSpeller(Variation variation) {
        this.v = variation;
    }

    /** A record without any identity key: the name (maybe misspelled) or nothing. */
    ChannelRecord anonymous(TrueCustomer c, String source, long recordNo, SplittableRandom r) {
        String name = r.nextBoolean() ? name(c, r) : null;
        return new ChannelRecord(c.trueId(), source, recordNo, c.kind(), name, null, null, null,
                null, null, null);
    }

    /** A record with at least one identity key (the host number counts for erp records). */
    ChannelRecord spell(TrueCustomer c, String source, long recordNo, String hostNo,
            SplittableRandom r) {
        String name = name(c, r);
        String phone = Rngs.chance(r, v.phoneTypo()) ? Phones.typo(c.phone(), r) : c.phone();
        phone = Rngs.chance(r, v.phoneRespell()) ? Phones.respell(phone, r) : phone;
        String email = Rngs.chance(r, v.emailCaseSpace()) ? Emails.respell(c.email(), r) : c.email();
        String brn = c.businessRegistrationNumber();
        if (brn != null && Rngs.chance(r, v.brnHyphen())) {
            brn = Brn.hyphenate(brn);
        }
        boolean dropPhone = Rngs.chance(r, v.missingPhone());
        boolean dropEmail = Rngs.chance(r, v.missingEmail());
        if (dropPhone && dropEmail && brn == null && hostNo == null) {
            dropEmail = false;
        }
        String address = Rngs.chance(r, v.addressRespell()) ? Regions.respell(c.address(), r)
                : c.address();
        return new ChannelRecord(c.trueId(), source, recordNo, c.kind(), name,
                dropPhone ? null : phone, dropEmail ? null : email, brn, hostNo, address,
                c.postalCode());
    }

    private String name(TrueCustomer c, SplittableRandom r) {
        String name = c.name();
        boolean hangul = !name.isEmpty() && Romanizer.isSyllable(name.charAt(0));
        if (c.kind() == Kind.COMPANY) {
            if (Rngs.chance(r, v.nameTypo())) {
                name = Typos.hangul(name, name.indexOf(' ') + 1, r);
            }
            name = Rngs.chance(r, v.legalFormRespell()) ? CompanyNames.respell(name, r) : name;
            return Rngs.chance(r, v.nameSpacing()) ? " " + name + " " : name;
        }
        if (hangul && Rngs.chance(r, v.latinRespell())) {
            return PersonNames.latin(name, r);
        }
        if (hangul && Rngs.chance(r, v.nameTypo())) {
            name = Typos.hangul(name, 0, r);
        }
        if (Rngs.chance(r, v.nameSpacing())) {
            name = switch (r.nextInt(3)) {
                case 0 -> hangul ? name.charAt(0) + " " + name.substring(1) : name.toUpperCase(java.util.Locale.ROOT);
                case 1 -> " " + name + " ";
                default -> name + " ";
            };
        }
        return name;
    }
}
