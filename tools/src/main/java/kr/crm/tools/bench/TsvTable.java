package kr.crm.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** Rows of one table written to a tab-separated file, then loaded with one LOAD DATA LOCAL INFILE and committed. */
final class TsvTable {
    private final Path file;
    private final String table;
    private final String columns;
    private final BufferedWriter out;

    TsvTable(Path file, String table, String columns) throws IOException {
        this.file = file;
        this.table = table;
        this.columns = columns;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(escape(values[i]));
        }
        out.write('\n');
    }

    void load(Connection c) throws Exception {
        out.close();
        try (Statement s = c.createStatement()) {
            s.execute("LOAD DATA LOCAL INFILE '" + file.toString().replace("\\", "/") + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 (" + columns + ")");
        }
        c.commit();
        Files.delete(file);
    }

    private static String escape(String v) {
        if (v == null) {
            return "\\N";
        }
        StringBuilder b = new StringBuilder(v.length());
        for (char ch : v.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
