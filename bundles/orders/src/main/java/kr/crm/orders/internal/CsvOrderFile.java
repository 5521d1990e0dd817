package kr.crm.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A channel's CSV file: its charset and delimiter as configured, a header row, then one row per order line. */
final class CsvOrderFile implements OrderFile {
    private final Charset charset;
    private final CSVFormat format;

    CsvOrderFile(ChannelConfig config) {
        this.charset = Charset.forName(config.charset());
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(config)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
    }

    @Override
    public void read(InputStream file, RowSink rows) throws IOException {
        try (Reader reader = new InputStreamReader(file, charset);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.row(record.getRecordNumber() + 1, column -> cell(record, column));
            }
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static char delimiter(ChannelConfig config) {
        return "TAB".equalsIgnoreCase(config.delimiter()) ? '\t' : config.delimiter().charAt(0);
    }
}
