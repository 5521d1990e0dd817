package kr.crm.sync.internal;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes cards with ez-vcard (3.0 and 4.0), mapping the shared fields. A card is changed
 * in place, property by property, so whatever the CRM does not know (addresses, anniversaries,
 * photos, X- properties, extra phones) is written back as it came.
 */
final class VCards {
    private VCards() {
    }

    /** @throws IllegalArgumentException if the text is no vCard or has no name */
    static VCard parse(String text) {
        try (VCardReader reader = new VCardReader(text)) {
            VCard card = reader.readNext();
            if (card == null) {
                throw new IllegalArgumentException("no vCard in the text");
            }
            if (Fields.clean(name(card)) == null) {
                throw new IllegalArgumentException("vCard without FN or N");
            }
            return card;
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable vCard", e);
        }
    }

    static String write(VCard card) {
        StringWriter out = new StringWriter();
        VCardVersion version = card.getVersion() == null ? VCardVersion.V3_0 : card.getVersion();
        try (VCardWriter writer = new VCardWriter(out, version)) {
            writer.setAddProdId(false);
            writer.write(card);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String uid(VCard card) {
        return card.getUid() == null ? null : Fields.clean(card.getUid().getValue());
    }

    static Map<String, String> fields(VCard card) {
        Map<String, String> f = new LinkedHashMap<>();
        Fields.put(f, "name", name(card));
        Fields.put(f, "title", card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue());
        Organization org = card.getOrganization();
        Fields.put(f, "department", org != null && org.getValues().size() > 1 ? org.getValues().get(1) : null);
        Telephone phone = phone(card);
        Telephone mobile = mobile(card);
        Fields.put(f, "phone", phone == null ? null : text(phone));
        Fields.put(f, "mobile", mobile == null ? null : text(mobile));
        Fields.put(f, "email", card.getEmails().isEmpty() ? null : card.getEmails().get(0).getValue());
        LocalDate birthday = birthday(card);
        Fields.put(f, "birthday", birthday == null ? null : birthday.toString());
        Fields.put(f, "notes", card.getNotes().isEmpty() ? null : card.getNotes().get(0).getValue());
        return f;
    }

    /** The organisation's name: the account the contact belongs to. */
    static String organization(VCard card) {
        Organization org = card.getOrganization();
        return org == null || org.getValues().isEmpty() ? null : Fields.clean(org.getValues().get(0));
    }

    /** Sets the organisation's name, keeping its units (the department). */
    static void renameOrganization(VCard card, String name) {
        Organization org = card.getOrganization();
        if (org == null) {
            card.setOrganization(name);
        } else if (org.getValues().isEmpty()) {
            org.getValues().add(name);
        } else {
            org.getValues().set(0, name);
        }
    }

    /** The first address, as one line in Korean order (region, locality, street), and its postal code. */
    static String[] address(VCard card) {
        if (card.getAddresses().isEmpty()) {
            return new String[] {null, null};
        }
        Address a = card.getAddresses().get(0);
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {a.getRegion(), a.getLocality(), a.getStreetAddress()}) {
            if (Fields.clean(part) != null) {
                line.append(line.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return new String[] {line.length() == 0 ? null : line.toString(), Fields.clean(a.getPostalCode())};
    }

    /** A new card for a CRM contact. */
    static VCard newCard(String uid, String organization, Map<String, String> fields, Instant now) {
        VCard card = new VCard(VCardVersion.V3_0);
        card.setUid(new Uid(uid));
        if (organization != null) {
            card.setOrganization(organization);
        }
        apply(card, fields, now);
        return card;
    }

    /** Changes the card's shared fields to {@code fields}, touching only properties whose value differs. */
    static void apply(VCard card, Map<String, String> fields, Instant now) {
        Map<String, String> current = fields(card);
        String name = fields.get("name");
        if (!Objects.equals(current.get("name"), name) || card.getFormattedName() == null) {
            card.setFormattedName(name);
            card.setStructuredName(structured(name));
        }
        if (!Objects.equals(current.get("title"), fields.get("title"))) {
            card.removeProperties(Title.class);
            if (fields.get("title") != null) {
                card.addTitle(new Title(fields.get("title")));
            }
        }
        if (!Objects.equals(current.get("department"), fields.get("department"))) {
            Organization org = card.getOrganization();
            if (org == null) {
                org = new Organization();
                org.getValues().add("");
                card.setOrganization(org);
            }
            while (org.getValues().size() < 2) {
                org.getValues().add("");
            }
            org.getValues().set(1, fields.get("department") == null ? "" : fields.get("department"));
        }
        if (!Objects.equals(current.get("phone"), fields.get("phone"))) {
            replacePhone(card, phone(card), fields.get("phone"), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (!Objects.equals(current.get("mobile"), fields.get("mobile"))) {
            replacePhone(card, mobile(card), fields.get("mobile"), TelephoneType.CELL);
        }
        if (!Objects.equals(current.get("email"), fields.get("email"))) {
            List<Email> emails = new ArrayList<>(card.getEmails());
            if (!emails.isEmpty()) {
                emails.remove(0);
            }
            if (fields.get("email") != null) {
                Email email = new Email(fields.get("email"));
                email.getTypes().add(EmailType.WORK);
                emails.add(0, email);
            }
            card.removeProperties(Email.class);
            emails.forEach(card::addEmail);
        }
        if (!Objects.equals(current.get("birthday"), fields.get("birthday"))) {
            card.setBirthday(fields.get("birthday") == null ? null
                    : new Birthday(LocalDate.parse(fields.get("birthday"))));
        }
        if (!Objects.equals(current.get("notes"), fields.get("notes"))) {
            List<Note> notes = new ArrayList<>(card.getNotes());
            if (!notes.isEmpty()) {
                notes.remove(0);
            }
            if (fields.get("notes") != null) {
                notes.add(0, new Note(fields.get("notes")));
            }
            card.removeProperties(Note.class);
            notes.forEach(card::addNote);
        }
        card.setRevision(new Revision(now));
    }

    /** When the card says it was last changed, if it says. */
    static Instant revision(VCard card) {
        Revision rev = card.getRevision();
        if (rev == null || rev.getValue() == null) {
            return null;
        }
        Temporal t = rev.getValue();
        try {
            return Instant.from(t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String name(VCard card) {
        if (card.getFormattedName() != null && Fields.clean(card.getFormattedName().getValue()) != null) {
            return card.getFormattedName().getValue();
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return null;
        }
        String family = n.getFamily() == null ? "" : n.getFamily().strip();
        String given = n.getGiven() == null ? "" : n.getGiven().strip();
        boolean hangul = family.codePoints().anyMatch(VCards::isHangul);
        return hangul ? family + given : (given + " " + family).strip();
    }

    /** A Korean name of 2-5 Hangul syllables is split after the first (the family name). */
    static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        if (name == null) {
            return n;
        }
        if (name.length() >= 2 && name.length() <= 5 && name.codePoints().allMatch(VCards::isHangul)) {
            n.setFamily(name.substring(0, 1));
            n.setGiven(name.substring(1));
        } else {
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                n.setGiven(name.substring(0, space));
                n.setFamily(name.substring(space + 1));
            } else {
                n.setGiven(name);
            }
        }
        return n;
    }

    private static boolean isHangul(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3;
    }

    private static LocalDate birthday(VCard card) {
        Birthday b = card.getBirthday();
        if (b == null || b.getDate() == null) {
            return null;
        }
        Temporal t = b.getDate();
        if (t.isSupported(ChronoField.YEAR) && t.isSupported(ChronoField.MONTH_OF_YEAR)
                && t.isSupported(ChronoField.DAY_OF_MONTH)) {
            return LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR),
                    t.get(ChronoField.DAY_OF_MONTH));
        }
        return null;
    }

    /** The office phone: the first that is no mobile, fax, pager or home number. */
    private static Telephone phone(VCard card) {
        for (Telephone t : card.getTelephoneNumbers()) {
            var types = t.getTypes();
            if (!types.contains(TelephoneType.CELL) && !types.contains(TelephoneType.FAX)
                    && !types.contains(TelephoneType.PAGER) && !types.contains(TelephoneType.HOME)
                    && Fields.clean(text(t)) != null) {
                return t;
            }
        }
        return null;
    }

    private static Telephone mobile(VCard card) {
        for (Telephone t : card.getTelephoneNumbers()) {
            if (t.getTypes().contains(TelephoneType.CELL) && Fields.clean(text(t)) != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(Telephone t) {
        if (t.getText() != null) {
            return t.getText();
        }
        return t.getUri() == null ? null : t.getUri().getNumber();
    }

    private static void replacePhone(VCard card, Telephone old, String value, TelephoneType... types) {
        List<Telephone> phones = new ArrayList<>(card.getTelephoneNumbers());
        int at = old == null ? phones.size() : phones.indexOf(old);
        if (old != null) {
            phones.remove(old);
        }
        if (value != null) {
            Telephone t = new Telephone(value);
            for (TelephoneType type : types) {
                t.getTypes().add(type);
            }
            phones.add(Math.min(at, phones.size()), t);
        }
        card.removeProperties(Telephone.class);
        phones.forEach(card::addTelephoneNumber);
    }
}
