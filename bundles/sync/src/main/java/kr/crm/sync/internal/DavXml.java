package kr.crm.sync.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * WebDAV request bodies and multistatus answers, with the JDK's own parser: secure processing on,
 * no DOCTYPE, no external entities.
 */
final class DavXml {
    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";

    /** One {@code response} of a multistatus answer. */
    record Entry(String href, int status, String etag, String lastModified, String addressData, boolean collection) {

        Instant lastModifiedInstant() {
            if (lastModified == null || lastModified.isBlank()) {
                return null;
            }
            try {
                return ZonedDateTime.parse(lastModified.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** A parsed multistatus answer. */
    record MultiStatus(List<Entry> entries, String syncToken) {
    }

    private DavXml() {
    }

    static String propfindEtags() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>""";
    }

    static String syncCollection(String token) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>"
                + (token == null ? "" : escape(token)) + "</d:sync-token><d:sync-level>1</d:sync-level>"
                + "<d:prop><d:getetag/></d:prop></d:sync-collection>";
    }

    static String multiget(Collection<String> hrefs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<c:addressbook-multiget xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:carddav\">"
                + "<d:prop><d:getetag/><d:getlastmodified/><c:address-data/></d:prop>");
        for (String href : hrefs) {
            b.append("<d:href>").append(escape(href)).append("</d:href>");
        }
        return b.append("</c:addressbook-multiget>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static MultiStatus parse(byte[] body) {
        Document doc = document(body);
        List<Entry> entries = new ArrayList<>();
        String token = null;
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !DAV.equals(e.getNamespaceURI())) {
                continue;
            }
            if ("response".equals(e.getLocalName())) {
                entries.add(entry(e));
            } else if ("sync-token".equals(e.getLocalName())) {
                token = e.getTextContent().strip();
            }
        }
        return new MultiStatus(entries, token);
    }

    /** True if an error body names the RFC 6578 precondition {@code valid-sync-token}. */
    static boolean namesInvalidToken(byte[] body) {
        try {
            return body.length > 0 && document(body).getElementsByTagNameNS(DAV, "valid-sync-token").getLength() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Entry entry(Element response) {
        String href = text(response, DAV, "href");
        int status = statusOf(direct(response, "status"));
        String etag = null;
        String lastModified = null;
        String data = null;
        boolean collection = false;
        NodeList propstats = response.getElementsByTagNameNS(DAV, "propstat");
        for (int i = 0; i < propstats.getLength(); i++) {
            Element propstat = (Element) propstats.item(i);
            if (statusOf(direct(propstat, "status")) != 200) {
                continue;
            }
            status = status == 0 ? 200 : status;
            etag = etag != null ? etag : text(propstat, DAV, "getetag");
            lastModified = lastModified != null ? lastModified : text(propstat, DAV, "getlastmodified");
            data = data != null ? data : text(propstat, CARDDAV, "address-data");
            collection |= propstat.getElementsByTagNameNS(DAV, "collection").getLength() > 0;
        }
        return new Entry(href == null ? null : href.strip(), status, etag == null ? null : etag.strip(),
                lastModified, data, collection);
    }

    private static String direct(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DAV.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static int statusOf(String statusLine) {
        if (statusLine == null) {
            return 0;
        }
        String[] parts = statusLine.strip().split(" ");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Element parent, String ns, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static Document document(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new DavException(0, "unreadable WebDAV answer: " + e.getClass().getSimpleName());
        }
    }
}
