package marytts.language.zh;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.language.zh.frontend.PinyinSyllable;
import marytts.modules.InternalModule;

/**
 * INTONATION to ALLOPHONES for zh_CN: builds the {@code syllable}/{@code ph} structure a
 * synthesizer reads, with each syllable's surface tone in its {@code tone} attribute.
 */
public class ZhAllophones extends InternalModule {

    public ZhAllophones() {
        super("ZhAllophones", MaryDataType.INTONATION, MaryDataType.ALLOPHONES, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        for (Element t : ZhModules.tokens(doc)) {
            if (!t.hasAttribute("sandhi") || !t.hasAttribute("ph")) {
                continue;
            }
            List<PinyinSyllable> syllables = ZhPhonemiser.parse(t.getAttribute("sandhi"));
            for (PinyinSyllable s : syllables) {
                Element syl = MaryXML.createElement(doc, MaryXML.SYLLABLE);
                syl.setAttribute("ph", String.join(" ", s.phones()));
                syl.setAttribute("tone", String.valueOf(s.tone()));
                for (String phone : s.phones()) {
                    Element ph = MaryXML.createElement(doc, MaryXML.PHONE);
                    ph.setAttribute("p", phone);
                    syl.appendChild(ph);
                }
                t.appendChild(syl);
            }
        }
        MaryData result = new MaryData(outputType(), d.getLocale());
        result.setDocument(doc);
        return result;
    }
}
