package kr.crm.api.order;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports one channel's order file (CSV or .xlsx) by that channel's column mapping. One service per
 * configured channel, with the service property {@code crm.source} naming it.
 */
@ProviderType
public interface OrderImport {

    /** Service property naming the channel an import serves. */
    String SOURCE_PROPERTY = "crm.source";

    /** The channel this import serves, e.g. {@code gs-shop}. */
    String source();

    /**
     * Reads every row; rows that cannot be read are reported and skipped, the rest go in. Lines of
     * one order must be on adjacent rows, as channels export them. The file's first bytes tell its
     * format: an .xlsx workbook (a ZIP package; its first sheet is read) or else CSV in the
     * channel's charset.
     *
     * @throws kr.crm.api.common.ValidationException for field {@code file} when the file cannot be
     *         read at all, e.g. a damaged .xlsx or an old .xls workbook
     */
    ImportReport importFile(InputStream file) throws IOException;
}
