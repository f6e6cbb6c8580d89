package marytts.language.zh.frontend;

import java.util.Set;

/** The finals of the zh_CN allophone set, in underlying spelling. */
final class FinalTable {
    static final Set<String> FINALS = Set.of("a", "o", "e", "ee", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
            "ong", "er", "i", "ii", "iii", "ia", "ie", "iao", "iou", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo",
            "uai", "uei", "uan", "uen", "uang", "ueng", "v", "ve", "van", "vn");

    private FinalTable() {
    }

    static boolean isFinal(String s) {
        return FINALS.contains(s);
    }
}
