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
 * punctuation (break index 4 after ，、：, 5 at sentence ends, none for brackets and quotes; one
 * per run of marks) and, inside long stretches without
 * punctuation, intermediate phrase breaks (break index 3, no fixed pause) at word boundaries —
 * preferably before a conjunction or after a structural particle, near the middle — so that no
 * phrase runs longer than {@link #MAX_PHRASE_SYLLABLES}. Carried as MaryXML {@code boundary}
 * elements, so a neural voice pauses there.
 */
public class ZhProsody extends InternalModule {
    static final int PHRASE_PAUSE_MS = 150;
    static final int SENTENCE_PAUSE_MS = 300;
    static final int MAX_PHRASE_SYLLABLES = 14;
    private static final java.util.Set<String> BREAK_BEFORE = java.util.Set.of("和", "但是", "而且", "因为", "所以", "如果",
            "然后", "或者", "并且", "可是", "不过", "虽然", "但", "而", "以及", "还是", "因此", "于是");
    private static final java.util.Set<String> BREAK_AFTER = java.util.Set.of("的", "了", "着", "地", "得", "过");

    public ZhProsody() {
        super("ZhProsody", MaryDataType.PHONEMES, MaryDataType.INTONATION, ZhModules.LOCALE);
    }

    @Override
    public MaryData process(MaryData d) throws Exception {
        Document doc = d.getDocument();
        for (Element s : ZhModules.elements(doc, MaryXML.SENTENCE)) {
            List<Element> tokens = ZhModules.tokens(s);
            insertPunctuationBoundaries(doc, tokens);
            breakLongPhrases(doc, tokens);
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

    /**
     * One boundary per run of punctuation tokens, after its last token, as strong as its strongest
     * mark: 。” or ？！ is one sentence end, not two pauses in a row. Brackets, quotes and the name
     * dot (《》“”（）·) do not pause by themselves, and punctuation before the first spoken word
     * of a sentence gets no boundary: there is nothing before it to pause after.
     */
    private static void insertPunctuationBoundaries(Document doc, List<Element> tokens) {
        boolean spokenBefore = false;
        int strength = 0;
        Element boundaryAfter = null; // the last mark of the run that does not open what follows
        for (int i = 0; i < tokens.size(); i++) {
            Element t = tokens.get(i);
            if (!ZhModules.POS_PUNCT.equals(t.getAttribute("pos"))) {
                spokenBefore = true;
                continue;
            }
            String mark = ZhModules.text(t);
            strength = Math.max(strength, breakIndexOf(mark));
            if (boundaryAfter == null || !mark.codePoints().allMatch(cp -> OPENING.indexOf(cp) >= 0)) {
                boundaryAfter = t;
            }
            boolean runEnds = i + 1 == tokens.size() || !ZhModules.POS_PUNCT.equals(tokens.get(i + 1).getAttribute("pos"));
            if (runEnds) {
                if (spokenBefore && strength > 0) {
                    insertBoundaryAfter(doc, boundaryAfter, strength, strength == 5 ? SENTENCE_PAUSE_MS : PHRASE_PAUSE_MS);
                }
                strength = 0;
                boundaryAfter = null;
            }
        }
    }

    /** 5 for a sentence end, 4 for a phrase mark, 0 for marks that only enclose or join words. */
    static int breakIndexOf(String punctuation) {
        int strongest = 0;
        for (int cp : punctuation.codePoints().toArray()) {
            if (marytts.language.zh.frontend.Scripts.endsSentence(cp)) {
                return 5;
            }
            if (!Character.isWhitespace(cp) && ENCLOSING_OR_JOINING.indexOf(cp) < 0) {
                strongest = 4;
            }
        }
        return strongest;
    }

    private static final String OPENING = "《〈“‘「『（([【〔{｛";
    private static final String ENCLOSING_OR_JOINING = "《》〈〉“”‘’「」『』（）()[]【】〔〕{}｛｝\"'·・•";

    /** Splits every run of spoken tokens between boundaries that is longer than the limit. */
    private static void breakLongPhrases(Document doc, List<Element> tokens) {
        List<Element> run = new java.util.ArrayList<>();
        for (Element t : tokens) {
            if (ZhModules.POS_PUNCT.equals(t.getAttribute("pos"))) {
                splitRun(doc, run);
                run = new java.util.ArrayList<>();
            } else if (t.hasAttribute("sandhi")) {
                run.add(t);
            }
        }
        splitRun(doc, run);
    }

    private static void splitRun(Document doc, List<Element> run) {
        int total = 0;
        for (Element t : run) {
            total += syllables(t);
        }
        if (total <= MAX_PHRASE_SYLLABLES || run.size() < 2) {
            return;
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        int before = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            before += syllables(run.get(i));
            if (before < 3 || total - before < 3) {
                continue; // no one- or two-syllable phrases
            }
            double score = Math.abs(before - total / 2.0);
            if (BREAK_BEFORE.contains(ZhModules.text(run.get(i + 1)))) {
                score -= 4;
            } else if (BREAK_AFTER.contains(ZhModules.text(run.get(i)))) {
                score -= 3;
            }
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            return;
        }
        Element b = MaryXML.createElement(doc, MaryXML.BOUNDARY);
        b.setAttribute("breakindex", "3");
        DomUtils.insertAfter(b, run.get(best));
        splitRun(doc, run.subList(0, best + 1));
        splitRun(doc, run.subList(best + 1, run.size()));
    }

    private static int syllables(Element t) {
        String s = t.getAttribute("sandhi").trim();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static void insertBoundaryAfter(Document doc, Element token, int breakIndex, int durationMs) {
        Element b = MaryXML.createElement(doc, MaryXML.BOUNDARY);
        b.setAttribute("breakindex", String.valueOf(breakIndex));
        b.setAttribute("duration", String.valueOf(durationMs));
        DomUtils.insertAfter(b, token);
    }
}
