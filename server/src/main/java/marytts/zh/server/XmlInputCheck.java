package marytts.zh.server;

import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks XML input (SSML, RAWMARYXML, EMOTIONML, APML, SABLE, ...) before MaryTTS sees it: no
 * DOCTYPE or ENTITY declarations, well-formed (parsed by a parser that cannot load anything), not
 * nested deeper than the limit, breaks and boundaries within the longest-break limit.
 */
final class XmlInputCheck {
    private static final Pattern DECLARATION = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SSML_TIME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(ms|s)?\\s*");

    private XmlInputCheck() {
    }

    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Returns the sum of all break/boundary durations in seconds. */
    static double check(String text, String typeName, ServerLimits limits) throws ClientError {
        Matcher m = DECLARATION.matcher(text);
        if (m.find()) {
            throw new ClientError(400, m.group(1).toUpperCase(Locale.ROOT)
                    + " declarations are not allowed in INPUT_TEXT (INPUT_TYPE=" + typeName + ")");
        }
        Document doc;
        try {
            DocumentBuilder b = secureFactory().newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                public void warning(SAXParseException e) {
                }

                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = b.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new ClientError(400, "INPUT_TEXT is nested more than " + limits.maxDepth() + " elements deep");
            }
            throw new ClientError(400, "malformed " + typeName + " at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + oneLine(e.getMessage()));
        } catch (SAXException e) {
            throw new ClientError(400, "malformed " + typeName + ": " + oneLine(e.getMessage()));
        } catch (Exception e) {
            throw new ClientError(400, "cannot read INPUT_TEXT as " + typeName + ": " + oneLine(e.getMessage()));
        }
        double[] total = { 0 };
        walk(doc.getDocumentElement(), 1, limits, total);
        if (total[0] > limits.maxAudioSeconds()) {
            throw new ClientError(413, "the breaks in INPUT_TEXT add up to " + Math.round(total[0])
                    + " s, more than the longest audio of " + limits.maxAudioSeconds() + " s");
        }
        return total[0];
    }

    private static void walk(Element e, int depth, ServerLimits limits, double[] total) throws ClientError {
        if (depth > limits.maxDepth()) {
            throw new ClientError(400, "INPUT_TEXT is nested more than " + limits.maxDepth() + " elements deep");
        }
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        if ("break".equals(name) && e.hasAttribute("time")) {
            total[0] += seconds("<break time=\"" + e.getAttribute("time") + "\">", e.getAttribute("time"), true, limits);
        } else if ("boundary".equals(name) && e.hasAttribute("duration")) {
            // MaryXML: duration in milliseconds
            total[0] += seconds("<boundary duration=\"" + e.getAttribute("duration") + "\">",
                    e.getAttribute("duration"), false, limits);
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            String v = attrs.item(i).getNodeValue();
            if (v != null && v.length() > 10_000) {
                throw new ClientError(400, "attribute " + attrs.item(i).getNodeName() + " is longer than 10000 characters");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                walk((Element) c, depth + 1, limits, total);
            }
        }
    }

    private static double seconds(String what, String value, boolean ssml, ServerLimits limits) throws ClientError {
        Matcher m = SSML_TIME.matcher(value);
        if (!m.matches() || (ssml && m.group(2) == null)) {
            throw new ClientError(400, what + " is not a duration (use e.g. 500ms or 2s; no negative values)");
        }
        double v = Double.parseDouble(m.group(1));
        double s = ssml ? ("ms".equals(m.group(2)) ? v / 1000 : v) : ("s".equals(m.group(2)) ? v : v / 1000);
        if (s > limits.maxBreakSeconds()) {
            throw new ClientError(400, what + " is longer than the longest break of " + fmt(limits.maxBreakSeconds())
                    + " s");
        }
        return s;
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\r\\n\\t]+", " ").trim();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
