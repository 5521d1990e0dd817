package kr.crm.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;

/**
 * Phones and e-mails as a user without full view sees them: {@code 010-****-5678}, {@code k***@example.co.kr}.
 * Full view: crm.admin and crm.rep; crm.viewer sees them masked in every answer and export (decision 164).
 */
final class Masking {
    /** JSON fields and export columns that hold a phone number or an e-mail address. */
    static final Set<String> PHONE_FIELDS = Set.of("phone", "mobile", "fax", "buyerPhone", "recipientPhone");
    static final Set<String> EMAIL_FIELDS = Set.of("email", "buyerEmail");

    private Masking() {
    }

    static boolean fullView(CrmUser user) {
        return user.roles().contains(CrmRoles.ADMIN) || CrmPrincipal.effectiveRoles(user).contains(CrmRoles.REP);
    }

    /**
     * Keeps the first three (of 10 or more) and the last four digits (half of a shorter number); every other digit
     * becomes {@code *}; separators stay.
     */
    static String phone(String value) {
        if (value == null) {
            return null;
        }
        int digits = (int) value.chars().filter(Character::isDigit).count();
        StringBuilder b = new StringBuilder(value.length());
        int head = digits >= 10 ? 3 : 0;
        int tail = Math.min(4, digits / 2);
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                b.append(seen <= head || seen > digits - tail ? c : '*');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void maskByKind(ObjectNode object) {
        String kind = object.path("kind").asText("");
        if (!kind.equals("PHONE") && !kind.equals("EMAIL")) {
            return;
        }
        for (String field : new String[] {"entered", "canonical"}) {
            JsonNode value = object.get(field);
            if (value != null && value.isTextual()) {
                object.put(field, kind.equals("PHONE") ? phone(value.asText()) : email(value.asText()));
            }
        }
    }

    /** The local part's first character, then {@code ***}, then the domain. */
    static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.substring(0, value.offsetByCodePoints(0, 1)) + "***" + value.substring(at);
    }

    /**
     * Masks every phone and e-mail field of a JSON tree, in place; also the {@code entered} and {@code canonical}
     * values of an object whose {@code kind} is {@code PHONE} or {@code EMAIL} (a customer's sourced values).
     */
    static JsonNode tree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            maskByKind(object);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && PHONE_FIELDS.contains(field.getKey())) {
                    field.setValue(object.textNode(phone(value.asText())));
                } else if (value.isTextual() && EMAIL_FIELDS.contains(field.getKey())) {
                    field.setValue(object.textNode(email(value.asText())));
                } else {
                    tree(value);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(Masking::tree);
        }
        return node;
    }

    /** The cell as a masked export shows it. */
    static Object cell(String column, Object value) {
        if (value instanceof String s) {
            if (PHONE_FIELDS.contains(column)) {
                return phone(s);
            }
            if (EMAIL_FIELDS.contains(column)) {
                return email(s);
            }
        }
        return value;
    }
}
