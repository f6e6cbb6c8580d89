package marytts.language.zh;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.TreeWalker;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.language.zh.frontend.ChunkSplitter;
import marytts.language.zh.frontend.SayAsInterpreter;
import marytts.language.zh.frontend.TextChunk;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.modules.InternalModule;
import marytts.util.dom.DomUtils;

/**
 * RAWMARYXML to TOKENS for zh_CN. Chinese has no spaces and its number expressions span script
 * runs (2024年3月5日), so text normalization runs here on whole text nodes, before the text is
 * cut into script runs (Han, Latin, digits, punctuation) and grouped into sentences. Text inside
 * SSML {@code say-as} is read as its type says instead ({@link SayAsInterpreter}).
 */
public class ZhTokeniser extends InternalModule {
    private final ChunkSplitter splitter = new ChunkSplitter();
    private final SayAsInterpreter sayAsInterpreter = new SayAsInterpreter(ZhFrontEnd.shared().normalizer());

    public ZhTokeniser() {
        super("ZhTokeniser", MaryDataType.RAWMARYXML, MaryDataType.TOKENS, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        ZhFrontEnd frontEnd = ZhFrontEnd.shared();
        for (Text textNode : textNodesOutsideTokens(doc)) {
            Element sayAs = (Element) DomUtils.getAncestor(textNode, "say-as");
            String normalized = sayAs != null ? sayAsInterpreter.interpret(sayAs.getAttribute("type"), textNode.getData())
                    : frontEnd.normalizer().normalize(textNode.getData());
            Node parent = textNode.getParentNode();
            for (TextChunk chunk : splitter.split(normalized)) {
                parent.insertBefore(ZhModules.newToken(doc, chunk.text(), pos(chunk)), textNode);
            }
            parent.removeChild(textNode);
        }
        encloseSentences(doc);
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(doc);
        return result;
    }

    private static String pos(TextChunk chunk) {
        switch (chunk.kind()) {
        case HAN: return ZhModules.POS_HAN;
        case LATIN: return ZhModules.POS_LATIN;
        case DIGITS: return ZhModules.POS_DIGITS;
        case PUNCTUATION: return ZhModules.POS_PUNCT;
        default: return ZhModules.POS_SYMBOL;
        }
    }

    private static List<Text> textNodesOutsideTokens(Document doc) {
        TreeWalker walker = ((DocumentTraversal) doc).createTreeWalker(doc.getDocumentElement(), NodeFilter.SHOW_TEXT,
                null, false);
        List<Text> texts = new ArrayList<>();
        Node n;
        while ((n = walker.nextNode()) != null) {
            if (!DomUtils.hasAncestor(n, MaryXML.TOKEN)) {
                texts.add((Text) n);
            }
        }
        return texts;
    }

    /** Groups tokens not yet inside an {@code s} into sentences ending at 。！？； within one paragraph. */
    private static void encloseSentences(Document doc) {
        Element first = null;
        Element last = null;
        Node paragraph = null;
        for (Element t : ZhModules.tokens(doc)) {
            if (DomUtils.hasAncestor(t, MaryXML.SENTENCE)) {
                continue;
            }
            Node p = DomUtils.getAncestor(t, MaryXML.PARAGRAPH);
            if (first != null && p != paragraph) {
                DomUtils.encloseNodesWithNewElement(first, last, MaryXML.SENTENCE);
                first = null;
            }
            if (first == null) {
                first = t;
                paragraph = p;
            }
            last = t;
            if (ZhModules.POS_PUNCT.equals(t.getAttribute("pos"))
                    && new TextChunk(ZhModules.text(t), TextChunk.Kind.PUNCTUATION).endsSentence()) {
                DomUtils.encloseNodesWithNewElement(first, last, MaryXML.SENTENCE);
                first = null;
            }
        }
        if (first != null) {
            DomUtils.encloseNodesWithNewElement(first, last, MaryXML.SENTENCE);
        }
    }
}
