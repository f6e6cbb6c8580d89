package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.pinyin.MandarinPronouncer;
import marytts.language.zh.pinyin.Syllable;
import marytts.language.zh.pinyin.Word;

/** Presents {@link MandarinPronouncer} (segmentation, polyphones, sandhi, erhua) as the front end's {@link Pronouncer}. */
public final class MandarinPronouncerAdapter implements Pronouncer {
    private final MandarinPronouncer pronouncer;

    public MandarinPronouncerAdapter(MandarinPronouncer pronouncer) {
        this.pronouncer = pronouncer;
    }

    @Override
    public List<PronouncedWord> pronounce(String hanText) {
        List<PronouncedWord> out = new ArrayList<>();
        for (Word w : pronouncer.pronounce(hanText)) {
            List<PinyinSyllable> syllables = new ArrayList<>(w.syllables().size());
            for (Syllable s : w.syllables()) {
                PinyinSyllable p;
                try {
                    p = PinyinSyllable.parse(s.surface());
                } catch (IllegalArgumentException noReading) {
                    continue; // a character without any known reading is not spoken
                }
                syllables.add(s.erhua() ? p.withErhua() : p);
            }
            out.add(new PronouncedWord(w.text(), syllables));
        }
        return out;
    }

    @Override
    public List<String> lexicalPinyin(String line) {
        return pronouncer.lexicalPinyin(line);
    }

    @Override
    public List<String> surfacePinyin(String line) {
        return pronouncer.surfacePinyin(line);
    }
}
