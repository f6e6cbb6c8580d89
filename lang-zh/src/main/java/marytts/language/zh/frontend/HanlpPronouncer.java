package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.common.Term;

/**
 * First-pass pronouncer: HanLP's segmenter and word-level pinyin dictionary, third-tone sandhi
 * inside a word and suffix erhua. Polyphones are only as good as HanLP's word lexicon.
 */
public final class HanlpPronouncer implements Pronouncer {
    /** Words where 儿 is a full syllable, not the erhua suffix. */
    private static final Set<String> FULL_ER_WORDS = Set.of("儿", "女儿", "儿子", "儿童", "婴儿", "幼儿", "孤儿", "健儿",
            "宠儿", "胎儿", "少儿", "男儿", "孩儿", "儿女", "儿科", "儿歌", "儿时", "混血儿", "新生儿");

    @Override
    public List<PronouncedWord> pronounce(String hanText) {
        List<PronouncedWord> words = new ArrayList<>();
        for (Term term : HanLP.segment(hanText)) {
            String word = term.word;
            List<PinyinSyllable> syllables = new ArrayList<>();
            List<Pinyin> pinyins = HanLP.convertToPinyinList(word);
            int[] cps = word.codePoints().toArray();
            for (int i = 0; i < cps.length && i < pinyins.size(); i++) {
                String py = pinyins.get(i).toString();
                if (cps[i] == '儿' && i > 0 && !syllables.isEmpty() && !FULL_ER_WORDS.contains(word)) {
                    int last = syllables.size() - 1;
                    syllables.set(last, syllables.get(last).withErhua());
                    continue;
                }
                if (!Scripts.isHan(cps[i]) || py.startsWith("none")) {
                    continue;
                }
                syllables.add(PinyinSyllable.parse(py));
            }
            applyThirdToneSandhi(syllables);
            words.add(new PronouncedWord(word, syllables));
        }
        return words;
    }

    /** Inside one word a third tone before a third tone becomes second (你好 ni2 hao3). */
    private static void applyThirdToneSandhi(List<PinyinSyllable> syllables) {
        for (int i = syllables.size() - 2; i >= 0; i--) {
            if (syllables.get(i).tone() == 3 && syllables.get(i + 1).tone() == 3) {
                syllables.set(i, syllables.get(i).withTone(2));
            }
        }
    }

    @Override
    public List<String> lexicalPinyin(String line) {
        return perCodePoint(line, false);
    }

    @Override
    public List<String> surfacePinyin(String line) {
        return perCodePoint(line, true);
    }

    private List<String> perCodePoint(String line, boolean surface) {
        List<String> out = new ArrayList<>();
        int[] cps = line.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
        String compact = new String(cps, 0, cps.length);
        List<Pinyin> pinyins = HanLP.convertToPinyinList(compact);
        boolean aligned = pinyins.size() == cps.length;
        for (int i = 0; i < cps.length; i++) {
            String self = new String(Character.toChars(cps[i]));
            if (aligned && Scripts.isHan(cps[i]) && !pinyins.get(i).toString().startsWith("none")) {
                out.add(pinyins.get(i).toString());
            } else {
                out.add(self);
            }
        }
        if (surface) {
            for (int i = out.size() - 2; i >= 0; i--) {
                if (out.get(i).endsWith("3") && out.get(i + 1).endsWith("3")) {
                    out.set(i, out.get(i).substring(0, out.get(i).length() - 1) + "2");
                }
            }
        }
        return out;
    }
}
