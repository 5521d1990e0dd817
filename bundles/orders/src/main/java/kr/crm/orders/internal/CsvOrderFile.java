package kr.crm.orders.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import kr.crm.api.common.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A channel's CSV file: its charset and delimiter as configured, a header row, then one row per order line. A byte
 * order mark (Excel's "CSV UTF-8") is skipped. Bytes that are not text in the channel's charset are not guessed at:
 * in the header the file is refused, further down the rows before stand and the file is reported broken from there,
 * as is a row whose quotes never close.
 */
final class CsvOrderFile implements OrderFile {
    private static final int BOM = '\uFEFF';

    private final Charset charset;
    private final CSVFormat format;

    CsvOrderFile(ChannelConfig config) {
        this.charset = Charset.forName(config.charset());
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(config)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .build();
    }

    @Override
    public void read(InputStream file, RowSink rows) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(file, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        CSVParser parser;
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            parser = CSVParser.parse(reader, format);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ValidationException("file", "has no readable header row: " + reason(e));
        }
        try (parser) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows.brokenAt(parser.getRecordNumber() + 2, "the file cannot be read on from this row: "
                            + reason(e));
                    return;
                }
                rows.row(record.getRecordNumber() + 1, column -> cell(record, column));
            }
        }
    }

    private String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "it is not " + charset.name() + " text (save it as " + charset.name()
                    + ", or set the channel's charset to the file's)";
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return detail.length() > 160 ? detail.substring(0, 160) + "…" : detail;
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static char delimiter(ChannelConfig config) {
        return "TAB".equalsIgnoreCase(config.delimiter()) ? '\t' : config.delimiter().charAt(0);
    }
}
