package kr.crm.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A postal list as a printable A4 sheet of address labels (3 x 8, 70 x 37 mm, the common Korean label paper):
 * postal code, address, then the addressee with 귀중 or 귀하. Plain HTML with print CSS; every value is escaped.
 */
final class LabelSheet {
    static final String MEDIA_TYPE = "text/html; charset=UTF-8";
    private static final String HEAD = """
            <!doctype html><html lang="ko"><head><meta charset="utf-8"><title>우편 라벨</title><style>
            @page { size: A4; margin: 10mm 0 0 0; }
            body { margin: 0; font-family: "Noto Sans KR", "Malgun Gothic", sans-serif; }
            .sheet { display: grid; grid-template-columns: repeat(3, 70mm); grid-auto-rows: 37mm; }
            .label { box-sizing: border-box; padding: 4mm 5mm; font-size: 10pt; overflow: hidden; }
            .code { font-weight: 700; letter-spacing: 1px; } .to { margin-top: 2mm; font-size: 11pt; font-weight: 700; }
            </style></head><body><div class="sheet">
            """;

    private LabelSheet() {
    }

    /** The table's rows as labels; the columns named {@code postalCode}, {@code address}, {@code name}, {@code honorific}. */
    static void write(ReportTable table, OutputStream out) throws IOException {
        List<String> h = table.headers();
        int code = h.indexOf("postalCode");
        int address = h.indexOf("address");
        int name = h.indexOf("name");
        int honorific = h.indexOf("honorific");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEAD);
        for (List<Object> row : table.rows()) {
            w.write("<div class=\"label\" data-testid=\"label\"><div class=\"code\">");
            w.write(escape(row.get(code)));
            w.write("</div><div>");
            w.write(escape(row.get(address)));
            w.write("</div><div class=\"to\">");
            w.write(escape(row.get(name)) + " " + escape(row.get(honorific)));
            w.write("</div></div>\n");
        }
        w.write("</div></body></html>\n");
        w.flush();
    }

    static String escape(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
