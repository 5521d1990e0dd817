package kr.crm.orders.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kr.crm.api.common.ValidationException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An .xlsx workbook: in its first sheet, the first row with the order-number column's header name
 * is the header row (title lines above it are passed over), and every later non-empty row is one
 * order line. Row numbers are the sheet's own, as Excel shows them.
 *
 * <p>The upload is spooled to a temporary file first, because a ZIP package is read from its end
 * (the central directory); the sheet is then streamed row by row. What stays in memory besides
 * the current row is the workbook's shared-string table, the distinct texts that the rows read so
 * far refer to.
 */
final class XlsxOrderFile implements OrderFile {
    /** With cell formats (to tell date cells); a cell whose value does not parse reads as an error cell. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private final String keyColumn;
    private final Set<String> columns;

    /** {@code keyColumn} marks the header row; {@code columns} are every header name the channel reads. */
    XlsxOrderFile(String keyColumn, Set<String> columns) {
        this.keyColumn = keyColumn;
        this.columns = Set.copyOf(columns);
    }

    /** A ZIP package (every .xlsx is one): local file header {@code PK\3\4}, or an empty archive. */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /** An OLE2 compound file: an Excel 97-2003 .xls workbook, or an .xlsx encrypted with a password. */
    static boolean isOle2(byte[] head) {
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void read(InputStream file, RowSink rows) throws IOException {
        Path spool = Files.createTempFile("crm-order-import-", ".xlsx");
        try {
            Files.copy(file, spool, StandardCopyOption.REPLACE_EXISTING);
            try (ReadableWorkbook workbook = open(spool); Stream<Row> sheet = firstSheet(workbook)) {
                read(sheet.iterator(), rows);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static ReadableWorkbook open(Path spool) {
        try {
            return new ReadableWorkbook(spool.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static Stream<Row> firstSheet(ReadableWorkbook workbook) {
        try {
            return workbook.getSheet(0)
                    .orElseThrow(() -> new ValidationException("file", "is an .xlsx workbook without a sheet"))
                    .openStream();
        } catch (IOException | RuntimeException e) {
            throw e instanceof ValidationException v ? v : unreadable(e);
        }
    }

    private void read(Iterator<Row> sheet, RowSink rows) {
        Map<String, Integer> header = null;
        long rowNo = 0;
        boolean handedOver = false;
        while (true) {
            Row row;
            try {
                if (!sheet.hasNext()) {
                    break;
                }
                row = sheet.next();
            } catch (RuntimeException e) {
                if (!handedOver) {
                    throw unreadable(e);
                }
                rows.brokenAt(rowNo + 1, "the sheet cannot be read on from this row (damaged ZIP or XML data)");
                return;
            }
            // Excel numbers its rows; a writer that leaves the numbers out gets them counted.
            rowNo = Math.max(row.getRowNum(), rowNo + 1);
            if (header == null) {
                header = header(row);
            } else if (row.stream().anyMatch(cell -> XlsxCells.text(cell) != null)) {
                handedOver = true;
                rows.row(rowNo, new XlsxCells(row, header));
            }
        }
        if (header == null) {
            throw new ValidationException(keyColumn, "is in no row of the first sheet; the header row needs it");
        }
    }

    /**
     * Header name to column index if this row is the header row, else null. A column the channel
     * reads that is named twice would be ambiguous.
     */
    private Map<String, Integer> header(Row row) {
        Map<String, Integer> header = new HashMap<>();
        String twice = null;
        for (int i = 0; i < row.getCellCount(); i++) {
            String name = XlsxCells.text(row.getOptionalCell(i).orElse(null));
            if (name != null && header.putIfAbsent(name, i) != null && columns.contains(name) && twice == null) {
                twice = name;
            }
        }
        if (!header.containsKey(keyColumn)) {
            return null;
        }
        if (twice != null) {
            throw new ValidationException(twice, "appears twice in the header row");
        }
        return header;
    }

    private static ValidationException unreadable(Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.length() > 160) {
            detail = detail.substring(0, 160) + "…";
        }
        return new ValidationException("file", "is not a readable .xlsx workbook (" + detail + ")");
    }
}
