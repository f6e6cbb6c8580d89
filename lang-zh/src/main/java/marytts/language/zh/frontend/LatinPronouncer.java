package marytts.language.zh.frontend;

import java.util.List;

/** Pronounces one Latin-script token inside Chinese with syllables of the zh_CN set. Never throws. */
@FunctionalInterface
public interface LatinPronouncer {
    List<PinyinSyllable> pronounce(String latinToken);
}
