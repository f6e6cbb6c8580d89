package marytts.zh.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads and writes MaryTTS's component XML (namespace {@value #NS}, root {@code marytts-install},
 * one {@code <voice>}): the attributes and children MaryTTS 5.2.1's {@code ComponentDescription} and
 * {@code VoiceComponentDescription} read ({@code name locale version gender type}, {@code description},
 * {@code license href}, {@code package filename size md5sum}, {@code location}, {@code depends},
 * {@code files}), plus our additions, which stock MaryTTS ignores: {@code contract-version} on the
 * voice, {@code sha256} on the package and {@code <checksums><file name sha256 size/></checksums>}.
 * DOCTYPEs are refused (no external entities).
 */
public final class ComponentXml {
    public static final String NS = "http://mary.dfki.de/installer";
    public static final String FORMAT_NOTE = "sha256 checksums added by voice-admin";

    private ComponentXml() {
    }

    public static ComponentDescriptor read(InputStream in, String source) throws AdminException {
        Document doc;
        try {
            doc = builder().parse(in);
        } catch (SAXException | IOException e) {
            throw new AdminException(source + ": not a readable component XML: " + DjlLoadTester.oneLine(e.getMessage()));
        }
        Element root = doc.getDocumentElement();
        if (!"marytts-install".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new AdminException(source + ": expected <marytts-install xmlns=\"" + NS + "\">, found <"
                    + root.getNodeName() + ">");
        }
        List<Element> voices = children(root, "voice");
        if (voices.size() != 1 || !children(root, "language").isEmpty()) {
            throw new AdminException(source + ": expected exactly one <voice> component, found " + voices.size()
                    + " voice(s) and " + children(root, "language").size() + " language(s)");
        }
        Element v = voices.get(0);
        String name = required(v, "name", source);
        String version = required(v, "version", source);
        Element pkg = first(v, "package");
        if (pkg == null) {
            throw new AdminException(source + ": <voice name=\"" + name + "\"> has no <package>");
        }
        Element license = first(v, "license");
        Element depends = first(v, "depends");
        Element description = first(v, "description");
        Map<String, String> sums = new LinkedHashMap<>();
        Element checksums = first(v, "checksums");
        if (checksums != null) {
            for (Element f : children(checksums, "file")) {
                sums.put(required(f, "name", source), required(f, "sha256", source).toLowerCase());
            }
        }
        List<String> installed = new ArrayList<>();
        Element files = first(v, "files");
        if (files != null) {
            for (String s : files.getTextContent().split(",")) {
                if (!s.isBlank()) {
                    installed.add(s.trim());
                }
            }
        }
        long size = -1;
        String sizeText = pkg.getAttribute("size").trim();
        if (!sizeText.isEmpty()) {
            try {
                size = Long.parseLong(sizeText);
            } catch (NumberFormatException e) {
                throw new AdminException(source + ": package size is not a number: '" + sizeText + "'");
            }
        }
        return new ComponentDescriptor(name, v.getAttribute("locale").trim().replace('-', '_'),
                v.getAttribute("gender").trim(), v.getAttribute("type").trim(), version,
                description == null ? "" : description.getTextContent().trim(),
                license == null ? "" : license.getAttribute("name").trim(),
                license == null ? "" : license.getAttribute("href").trim(), required(pkg, "filename", source), size,
                blankToNull(pkg.getAttribute("md5sum")), blankToNull(pkg.getAttribute("sha256")),
                blankToNull(v.getAttribute("contract-version")),
                depends == null ? "" : depends.getAttribute("language"),
                depends == null ? "" : depends.getAttribute("version"), sums, installed);
    }

    /** The document as UTF-8 bytes; {@code withFiles} adds MaryTTS's {@code <files>} list (install records). */
    public static byte[] write(ComponentDescriptor c, boolean withFiles) {
        try {
            Document doc = builder().newDocument();
            Element root = doc.createElementNS(NS, "marytts-install");
            doc.appendChild(root);
            root.appendChild(doc.createComment(" " + FORMAT_NOTE + " "));
            Element v = el(doc, root, "voice");
            v.setAttribute("locale", c.locale().replace('_', '-'));
            v.setAttribute("name", c.name());
            v.setAttribute("version", c.version());
            v.setAttribute("type", c.type());
            v.setAttribute("gender", c.gender());
            if (c.contractVersion() != null) {
                v.setAttribute("contract-version", c.contractVersion());
            }
            el(doc, v, "description").setTextContent(c.description());
            Element license = el(doc, v, "license");
            license.setAttribute("href", c.licenseHref());
            if (!c.licenseName().isEmpty()) {
                license.setAttribute("name", c.licenseName());
            }
            Element pkg = el(doc, v, "package");
            if (c.packageSize() >= 0) {
                pkg.setAttribute("size", Long.toString(c.packageSize()));
            }
            c.md5Opt().ifPresent(m -> pkg.setAttribute("md5sum", m));
            c.sha256Opt().ifPresent(s -> pkg.setAttribute("sha256", s));
            pkg.setAttribute("filename", c.packageFilename());
            if (!c.dependsLanguage().isEmpty()) {
                Element d = el(doc, v, "depends");
                d.setAttribute("language", c.dependsLanguage());
                d.setAttribute("version", c.dependsVersion());
            }
            if (!c.fileSha256().isEmpty()) {
                Element sums = el(doc, v, "checksums");
                sums.setAttribute("algorithm", "sha256");
                c.fileSha256().forEach((file, sha) -> {
                    Element f = el(doc, sums, "file");
                    f.setAttribute("name", file);
                    f.setAttribute("sha256", sha);
                });
            }
            if (withFiles) {
                el(doc, v, "files").setTextContent(String.join(", ", c.installedFiles()));
            }
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write component XML", e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element el(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        List<Element> l = children(parent, localName);
        return l.isEmpty() ? null : l.get(0);
    }

    private static String required(Element e, String attribute, String source) throws AdminException {
        String s = e.getAttribute(attribute).trim();
        if (s.isEmpty()) {
            throw new AdminException(source + ": <" + e.getLocalName() + "> lacks the attribute " + attribute);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase();
    }
}
