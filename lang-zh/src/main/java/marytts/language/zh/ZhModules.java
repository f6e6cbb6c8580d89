package marytts.language.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

import marytts.datatypes.MaryXML;
import marytts.util.dom.NameNodeFilter;

/** Small DOM helpers shared by the zh_CN modules. */
final class ZhModules {
    static final Locale LOCALE = Locale.forLanguageTag("zh-CN");

    /** Token kinds, carried in the MaryXML {@code pos} attribute of {@code t}. */
    static final String POS_HAN = "HAN";
    static final String POS_LATIN = "LATIN";
    static final String POS_DIGITS = "DIGITS";
    static final String POS_PUNCT = "$PUNCT";
    static final String POS_SYMBOL = "SYM";

    private ZhModules() {
    }

    static List<Element> elements(Node root, String... names) {
        Document doc = root.getNodeType() == Node.DOCUMENT_NODE ? (Document) root : root.getOwnerDocument();
        NodeIterator it = ((DocumentTraversal) doc).createNodeIterator(root, NodeFilter.SHOW_ELEMENT,
                new NameNodeFilter(names), false);
        List<Element> out = new ArrayList<>();
        Node n;
        while ((n = it.nextNode()) != null) {
            out.add((Element) n);
        }
        return out;
    }

    static List<Element> tokens(Node root) {
        return elements(root, MaryXML.TOKEN);
    }

    static Element newToken(Document doc, String text, String pos) {
        Element t = MaryXML.createElement(doc, MaryXML.TOKEN);
        t.setTextContent(text);
        t.setAttribute("pos", pos);
        return t;
    }

    static String text(Element token) {
        return token.getTextContent().trim();
    }
}
