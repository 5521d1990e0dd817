package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * One row of an .xlsx sheet by header name. Number cells give their number, cells formatted as a
 * date give their date (in the workbook's own 1900 or 1904 calendar); every cell also reads as
 * text, a number without exponent or trailing zeros.
 */
final class XlsxCells implements RowCells {
    private static final Pattern ERROR_CODE = Pattern.compile("#[A-Z0-9/!?]{1,10}");

    private final Row row;
    private final Map<String, Integer> header;

    XlsxCells(Row row, Map<String, Integer> header) {
        this.row = row;
        this.header = header;
    }

    @Override
    public String text(String column) {
        Cell cell = cell(column);
        if (cell != null && cell.getType() == CellType.ERROR) {
            String code = cell.getRawValue();
            throw new ValidationException(column, "holds an Excel error value"
                    + (code != null && ERROR_CODE.matcher(code).matches() ? " (" + code + ")" : ""));
        }
        return text(cell);
    }

    @Override
    public BigDecimal number(String column) {
        Cell cell = cell(column);
        return cell != null && cell.getValue() instanceof BigDecimal n ? n : null;
    }

    @Override
    public LocalDateTime dateTime(String column) {
        Cell cell = cell(column);
        if (cell == null || !(cell.getValue() instanceof BigDecimal)
                || !ExcelDateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
            return null;
        }
        return cell.asDate();
    }

    /** A cell's value as text, stripped; null when blank. */
    static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return null;
        }
        String text = cell.getValue() instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString()
                : cell.getValue().toString();
        return text.isBlank() ? null : text.strip();
    }

    private Cell cell(String column) {
        Integer index = header.get(column);
        return index == null ? null : row.getOptionalCell(index).orElse(null);
    }
}
