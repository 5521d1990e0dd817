package kr.crm.orders.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * One format of channel order file (CSV, .xlsx). It hands the data rows over one at a time as it
 * reads them, so no format holds a whole file's rows in memory.
 */
interface OrderFile {

    /**
     * Reads every data row of the file into {@code rows}. A file that cannot be opened as this
     * format throws a {@link kr.crm.api.common.ValidationException} for field {@code file}.
     */
    void read(InputStream file, RowSink rows) throws IOException;

    /** Takes the rows of a file as they are read. */
    interface RowSink {

        /** A data row; {@code rowNo} is the row a clerk finds it on in the file (the header is row 1). */
        void row(long rowNo, RowCells cells);

        /** The file cannot be read on from row {@code rowNo}; the rows before it stand. */
        void brokenAt(long rowNo, String reason);
    }
}
