package marytts.language.zh;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.modules.InternalModule;
import marytts.util.dom.DomUtils;

/**
 * PHONEMES to INTONATION for zh_CN. Replaces the English ToBI prosody: phrase boundaries from
 * punctuation (break index 4 after ，、：, 5 at sentence ends) carried as MaryXML
 * {@code boundary} elements, so a neural voice pauses there.
 */
public class ZhProsody extends InternalModule {
    static final int PHRASE_PAUSE_MS = 150;
    static final int SENTENCE_PAUSE_MS = 300;

    public ZhProsody() {
        super("ZhProsody", MaryDataType.PHONEMES, MaryDataType.INTONATION, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        for (Element s : ZhModules.elements(doc, MaryXML.SENTENCE)) {
            List<Element> tokens = ZhModules.tokens(s);
            for (Element t : tokens) {
                if (!ZhModules.POS_PUNCT.equals(t.getAttribute("pos"))) {
                    continue;
                }
                boolean sentenceEnd = ZhModules.text(t).codePoints()
                        .allMatch(marytts.language.zh.frontend.Scripts::endsSentence);
                insertBoundaryAfter(doc, t, sentenceEnd ? 5 : 4, sentenceEnd ? SENTENCE_PAUSE_MS : PHRASE_PAUSE_MS);
            }
            Element lastElement = DomUtils.getLastChildElement(s);
            if (lastElement == null || !MaryXML.BOUNDARY.equals(lastElement.getTagName())) {
                Element b = MaryXML.createElement(doc, MaryXML.BOUNDARY);
                b.setAttribute("breakindex", "5");
                b.setAttribute("duration", String.valueOf(SENTENCE_PAUSE_MS));
                s.appendChild(b);
            }
        }
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(doc);
        return result;
    }

    private static void insertBoundaryAfter(Document doc, Element token, int breakIndex, int durationMs) {
        Element b = MaryXML.createElement(doc, MaryXML.BOUNDARY);
        b.setAttribute("breakindex", String.valueOf(breakIndex));
        b.setAttribute("duration", String.valueOf(durationMs));
        DomUtils.insertAfter(b, token);
    }
}
