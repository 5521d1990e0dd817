package kr.crm.sync.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;

/**
 * The fields both sides share, by name, as text: what the three-way merge compares. Blank values
 * are absent. Organisation and address are not among them: they belong to the account.
 */
final class Fields {
    static final List<String> NAMES = List.of("name", "title", "department", "phone", "mobile", "email",
            "birthday", "notes");

    private Fields() {
    }

    static Map<String, String> of(ContactPerson p) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "name", p.name());
        put(f, "title", p.title());
        put(f, "department", p.department());
        put(f, "phone", p.phone());
        put(f, "mobile", p.mobile());
        put(f, "email", p.email());
        put(f, "birthday", p.birthday() == null ? null : p.birthday().toString());
        put(f, "notes", p.notes());
        return f;
    }

    static ContactPersonDraft draft(Map<String, String> f) {
        String birthday = f.get("birthday");
        return new ContactPersonDraft(f.get("name"), f.get("title"), f.get("department"), f.get("phone"),
                f.get("mobile"), f.get("email"), birthday == null ? null : LocalDate.parse(birthday), f.get("notes"));
    }

    static void put(Map<String, String> f, String name, String value) {
        String v = clean(value);
        if (v == null) {
            f.remove(name);
        } else {
            f.put(name, v);
        }
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    static boolean same(Map<String, String> a, Map<String, String> b) {
        for (String n : NAMES) {
            if (!Objects.equals(a.get(n), b.get(n))) {
                return false;
            }
        }
        return true;
    }
}
