package marytts.language.zh.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import marytts.language.zh.english.EnglishPronunciation.Stress;
import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Maps an English pronunciation (en_US SAMPA phones with stress and syllables) onto syllables of
 * the zh_CN set, the way a Mandarin speaker says an English word. Pure and stateless.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li><b>Re-syllabify.</b> The lexicon's {@code -} marks give each vowel its stress. Consonants
 * between two vowels are re-split the Mandarin way: the last consonant (with a glide {@code w}/
 * {@code j} after it: {@code p j}, {@code k w}) is the next syllable's onset, the rest is the
 * previous syllable's coda ({@code d aU - n l @U d} becomes {@code d aU n | l @U d}). Consonants
 * before the first vowel are onset, after the last vowel coda.</li>
 * <li><b>Onset.</b> The consonant next to the vowel becomes the pinyin initial (table
 * {@link #INITIALS}); a glide becomes the final's medial ({@code w} → u-, {@code j} → i-;
 * {@code v} is said as {@code w}); every earlier consonant becomes its own syllable with an
 * epenthetic vowel ({@link #EPENTHETIC}: {@code s t r I N} → si5 te5 + ling).</li>
 * <li><b>Nucleus.</b> Vowels map by {@link #VOWELS}. A following {@code n} / {@code N} folds into
 * the final ({@code I N} → ing, {@code @U n} → ong); {@code m} folds as {@code n} before a labial.
 * A post-vocalic {@code r} and {@code r=} become the erhua coda (or the final {@code er} when the
 * syllable has no initial).</li>
 * <li><b>Coda.</b> Other final consonants each become a syllable with an epenthetic vowel:
 * {@code k} → ke5, {@code t} → te5, {@code d} → de5, {@code s} → si5, {@code ts} → ci5, {@code l} →
 * ou5 (er5 after o/u finals). "bug" → ba1 ge5.</li>
 * <li><b>Phonotactics.</b> Combinations Mandarin lacks are repaired the way loanwords are:
 * s/z/c/sh/zh/ch/g/k/h before i- or ü-finals become x/j/q ("see" → xi, "key" → qi), except an unstressed
 * {@code I} after a sibilant, which stays apical ("music" → miu1 zi5 ke5), r before
 * i-finals becomes l, f drops the i-medial (fi → fei), b/p/f + e → o, o after other initials → uo,
 * bare ong → weng. Anything that still cannot be written as one of our syllables is split rather
 * than dropped (initial said with its epenthetic vowel, final alone).</li>
 * <li><b>Tone from stress.</b> Primary stress → tone 1 (Mandarin speakers say English stress as
 * high pitch); secondary stress → tone 4; unstressed full vowels → tone 2; unstressed reduced
 * vowels ({@code @ I U r=}) and every epenthetic or split-off syllable → neutral tone 5. A word
 * without primary stress gets tone 1 on its first vowel.</li>
 * </ol>
 * Unknown phones get the nearest mapping: vowel-like symbols are read as {@code @}, other symbols
 * by their first letter or else as {@code d}. Nothing is dropped.
 */
public final class EnglishToZhPhoneMapper {

    /**
     * English vowel → Mandarin final: plain, before {@code n}, before {@code N}. A value with a
     * space splits off extra toneless syllables (AI + n → ai + en5, OI → uo + yi5).
     */
    static final Map<String, String[]> VOWELS = Map.ofEntries(
            Map.entry("A", new String[] { "a", "an", "ang" }),
            Map.entry("O", new String[] { "uo", "an", "ong" }),
            Map.entry("u", new String[] { "u", "uen", "ong" }),
            Map.entry("i", new String[] { "i", "in", "ing" }),
            Map.entry("{", new String[] { "ai", "an", "ang" }),
            Map.entry("V", new String[] { "a", "an", "ang" }),
            Map.entry("E", new String[] { "ai", "en", "eng" }),
            Map.entry("I", new String[] { "i", "in", "ing" }),
            Map.entry("U", new String[] { "u", "uen", "ong" }),
            Map.entry("@", new String[] { "e", "en", "eng" }),
            Map.entry("r=", new String[] { "e", "e en", "e eng" }),
            Map.entry("aU", new String[] { "ao", "ang", "ang" }),
            Map.entry("OI", new String[] { "uo i", "uo in", "uo ing" }),
            Map.entry("@U", new String[] { "ou", "ong", "ong" }),
            Map.entry("EI", new String[] { "ei", "ei en", "ei eng" }),
            Map.entry("AI", new String[] { "ai", "ai en", "ai eng" }));

    /** Reduced English vowels: unstressed, they take the neutral tone. */
    static final Set<String> REDUCED = Set.of("@", "I", "U", "r=");

    /** English onset consonant → pinyin initial ({@code v}, {@code w}, {@code j} are glides). */
    static final Map<String, String> INITIALS = Map.ofEntries(Map.entry("p", "p"), Map.entry("b", "b"),
            Map.entry("t", "t"), Map.entry("d", "d"), Map.entry("k", "k"), Map.entry("g", "g"), Map.entry("f", "f"),
            Map.entry("T", "s"), Map.entry("D", "d"), Map.entry("s", "s"), Map.entry("z", "z"), Map.entry("S", "sh"),
            Map.entry("Z", "r"), Map.entry("tS", "ch"), Map.entry("dZ", "zh"), Map.entry("h", "h"),
            Map.entry("m", "m"), Map.entry("n", "n"), Map.entry("N", "n"), Map.entry("l", "l"), Map.entry("r", "r"));

    /** A consonant that cannot attach to a vowel → a syllable of its own with an epenthetic vowel. */
    static final Map<String, String> EPENTHETIC = Map.ofEntries(Map.entry("p", "pu5"), Map.entry("b", "bu5"),
            Map.entry("t", "te5"), Map.entry("d", "de5"), Map.entry("k", "ke5"), Map.entry("g", "ge5"),
            Map.entry("f", "fu5"), Map.entry("v", "fu5"), Map.entry("T", "si5"), Map.entry("D", "de5"),
            Map.entry("s", "si5"), Map.entry("z", "zi5"), Map.entry("S", "shi5"), Map.entry("Z", "ri5"),
            Map.entry("tS", "qi5"), Map.entry("dZ", "zhi5"), Map.entry("h", "he5"), Map.entry("m", "mu5"),
            Map.entry("n", "en5"), Map.entry("N", "eng5"), Map.entry("l", "ou5"), Map.entry("r", "er5"),
            Map.entry("w", "wu5"), Map.entry("j", "yi5"));

    /** A pinyin initial said on its own (when a combination has to be split). */
    private static final Map<String, String> INITIAL_ALONE = Map.ofEntries(Map.entry("b", "bu5"),
            Map.entry("p", "pu5"), Map.entry("m", "mu5"), Map.entry("f", "fu5"), Map.entry("d", "de5"),
            Map.entry("t", "te5"), Map.entry("n", "ne5"), Map.entry("l", "le5"), Map.entry("g", "ge5"),
            Map.entry("k", "ke5"), Map.entry("h", "he5"), Map.entry("j", "ji5"), Map.entry("q", "qi5"),
            Map.entry("x", "xi5"), Map.entry("zh", "zhi5"), Map.entry("ch", "chi5"), Map.entry("sh", "shi5"),
            Map.entry("r", "ri5"), Map.entry("z", "zi5"), Map.entry("c", "ci5"), Map.entry("s", "si5"));

    /** Final after a {@code w} glide (missing: the glide is said as wu5 before the syllable). */
    static final Map<String, String> W_GLIDE = Map.ofEntries(Map.entry("a", "ua"), Map.entry("ai", "uai"),
            Map.entry("an", "uan"), Map.entry("ang", "uang"), Map.entry("e", "uo"), Map.entry("o", "uo"),
            Map.entry("uo", "uo"), Map.entry("ei", "uei"), Map.entry("i", "uei"), Map.entry("in", "uen"),
            Map.entry("en", "uen"), Map.entry("eng", "ueng"), Map.entry("ing", "ueng"), Map.entry("ong", "ong"),
            Map.entry("ou", "uo"), Map.entry("u", "u"), Map.entry("uen", "uen"));

    /** Final after a {@code j} glide (missing: the glide is said as yi5 before the syllable). */
    static final Map<String, String> J_GLIDE = Map.ofEntries(Map.entry("a", "ia"), Map.entry("ai", "ie"),
            Map.entry("an", "ian"), Map.entry("ang", "iang"), Map.entry("ao", "iao"), Map.entry("e", "ie"),
            Map.entry("ei", "ie"), Map.entry("en", "in"), Map.entry("eng", "ing"), Map.entry("i", "i"),
            Map.entry("in", "in"), Map.entry("ing", "ing"), Map.entry("uo", "iou"), Map.entry("o", "iou"),
            Map.entry("ou", "iou"), Map.entry("u", "iou"), Map.entry("ong", "iong"), Map.entry("uen", "vn"));

    /** f + i-final → final without the i medial (Mandarin has no fi-). */
    private static final Map<String, String> DROP_I = Map.ofEntries(Map.entry("i", "ei"), Map.entry("ia", "a"),
            Map.entry("ie", "ei"), Map.entry("iao", "ao"), Map.entry("iou", "ou"), Map.entry("ian", "an"),
            Map.entry("in", "en"), Map.entry("iang", "ang"), Map.entry("ing", "eng"), Map.entry("iong", "ong"),
            Map.entry("v", "u"), Map.entry("ve", "ei"), Map.entry("van", "an"), Map.entry("vn", "en"));

    private static final Set<String> LABIALS = Set.of("p", "b", "m", "f", "v");
    private static final Set<String> GLIDES = Set.of("w", "j");
    private static final Set<String> CONSONANTS = Set.of("p", "t", "k", "b", "d", "g", "tS", "dZ", "f", "v", "T", "D",
            "s", "z", "S", "Z", "h", "l", "m", "n", "N", "r", "w", "j");

    /** One phone of the flattened word; vowels carry their syllable's stress. */
    private record Phone(String symbol, boolean vowel, Stress stress) {
    }

    /** Maps a whole word. Returns an empty list only for an empty pronunciation. */
    public List<PinyinSyllable> map(EnglishPronunciation pronunciation) {
        List<Phone> phones = flatten(pronunciation);
        List<Integer> vowels = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i).vowel()) {
                vowels.add(i);
            }
        }
        List<PinyinSyllable> out = new ArrayList<>();
        if (vowels.isEmpty()) {
            for (Phone p : phones) {
                out.add(ZhSyllables.of(EPENTHETIC.get(p.symbol())));
            }
            return out;
        }
        boolean hasPrimary = phones.stream().anyMatch(p -> p.vowel() && p.stress() == Stress.PRIMARY);
        int onsetStart = 0;
        for (int v = 0; v < vowels.size(); v++) {
            int vi = vowels.get(v);
            int codaEnd; // exclusive
            int nextOnsetStart;
            if (v + 1 < vowels.size()) {
                int next = vowels.get(v + 1);
                nextOnsetStart = onsetStartBefore(phones, vi + 1, next);
                codaEnd = nextOnsetStart;
            } else {
                codaEnd = phones.size();
                nextOnsetStart = phones.size();
            }
            List<String> onset = symbols(phones.subList(onsetStart, vi));
            List<String> coda = symbols(phones.subList(vi + 1, codaEnd));
            String after = nextOnsetStart < phones.size() && v + 1 < vowels.size() ? phones.get(nextOnsetStart).symbol()
                    : null;
            Phone vowel = phones.get(vi);
            int tone = tone(vowel, !hasPrimary && v == 0);
            syllable(onset, vowel.symbol(), coda, after, tone, out);
            onsetStart = codaEnd;
        }
        return out;
    }

    /** Index where the onset of the vowel at {@code next} starts, given consonants from {@code from}. */
    private static int onsetStartBefore(List<Phone> phones, int from, int next) {
        int count = next - from;
        if (count == 0) {
            return next;
        }
        int start = next - 1;
        if (count >= 2 && GLIDES.contains(phones.get(next - 1).symbol())
                && !GLIDES.contains(phones.get(next - 2).symbol())) {
            start = next - 2;
        }
        return start;
    }

    private static int tone(Phone vowel, boolean firstOfUnstressedWord) {
        if (vowel.stress() == Stress.PRIMARY || firstOfUnstressedWord) {
            return 1;
        }
        if (vowel.stress() == Stress.SECONDARY) {
            return 4;
        }
        return REDUCED.contains(vowel.symbol()) ? 5 : 2;
    }

    private void syllable(List<String> onset, String vowel, List<String> coda, String after, int tone,
            List<PinyinSyllable> out) {
        // onset: extra consonants, initial, glide
        List<String> rest = new ArrayList<>(onset);
        String glide = null;
        if (!rest.isEmpty() && GLIDES.contains(rest.get(rest.size() - 1))) {
            glide = rest.remove(rest.size() - 1);
        }
        String initialEn = null;
        if (!rest.isEmpty()) {
            initialEn = rest.remove(rest.size() - 1);
            if (GLIDES.contains(initialEn)) { // w j / j w: say the first one on its own
                rest.add(initialEn);
                initialEn = null;
            } else if (initialEn.equals("v") && glide == null) {
                glide = "w";
                initialEn = null;
            } else if (initialEn.equals("v")) {
                rest.add(initialEn);
                initialEn = null;
            }
        }
        for (String c : rest) {
            out.add(ZhSyllables.of(EPENTHETIC.get(c)));
        }
        String initial = initialEn == null ? "" : INITIALS.get(initialEn);

        // nucleus and nasal / rhotic coda
        List<String> codaLeft = new ArrayList<>(coda);
        boolean erhua = vowel.equals("r=");
        int variant = 0;
        if (!codaLeft.isEmpty() && codaLeft.get(0).equals("r") && !erhua) {
            erhua = true;
            codaLeft.remove(0);
        }
        if (!codaLeft.isEmpty()) {
            String c0 = codaLeft.get(0);
            String following = codaLeft.size() > 1 ? codaLeft.get(1) : after;
            if (c0.equals("n") || (c0.equals("m") && following != null && LABIALS.contains(following))) {
                variant = 1;
                codaLeft.remove(0);
            } else if (c0.equals("N")) {
                variant = 2;
                codaLeft.remove(0);
            }
        }
        String[] parts = VOWELS.get(vowel)[variant].split(" ");
        String fin = parts[0];
        if (glide != null) {
            Map<String, String> table = glide.equals("w") ? W_GLIDE : J_GLIDE;
            String merged = table.get(fin);
            if (merged == null) {
                out.add(ZhSyllables.of(EPENTHETIC.get(glide)));
            } else {
                fin = merged;
            }
        }
        if (vowel.equals("I") && tone == 5 && fin.equals("i") && !erhua) {
            // unstressed short i after a sibilant stays apical: "music" -> miu1 zi5 ke5, not ji5
            if (initial.equals("z") || initial.equals("c") || initial.equals("s")) {
                fin = "ii";
            } else if (initial.equals("zh") || initial.equals("ch") || initial.equals("sh") || initial.equals("r")) {
                fin = "iii";
            }
        }
        emit(initial, fin, tone, erhua, out);
        for (int i = 1; i < parts.length; i++) {
            emit("", parts[i], 5, false, out);
        }

        // remaining coda consonants
        for (int i = 0; i < codaLeft.size(); i++) {
            String c = codaLeft.get(i);
            String next = i + 1 < codaLeft.size() ? codaLeft.get(i + 1) : null;
            if (c.equals("t") && "s".equals(next)) {
                out.add(ZhSyllables.of("ci5"));
                i++;
            } else if (c.equals("d") && "z".equals(next)) {
                out.add(ZhSyllables.of("zi5"));
                i++;
            } else if (c.equals("l")) {
                String prev = out.get(out.size() - 1).finalPart();
                boolean back = !out.get(out.size() - 1).hasErhua()
                        && (prev.endsWith("o") || prev.endsWith("u") || prev.equals("iou"));
                out.add(ZhSyllables.of(back ? "er5" : "ou5"));
            } else {
                out.add(ZhSyllables.of(EPENTHETIC.get(c)));
            }
        }
    }

    /** Adds (initial, final) after the phonotactic repairs, splitting it if it is still not writable. */
    private static void emit(String initial, String fin, int tone, boolean erhua, List<PinyinSyllable> out) {
        String[] fitted = fit(initial, fin, erhua);
        initial = fitted[0];
        fin = fitted[1];
        erhua = fitted[2] != null;
        Optional<PinyinSyllable> s = ZhSyllables.make(initial, fin, tone, erhua);
        if (s.isPresent()) {
            out.add(s.get());
            return;
        }
        if (erhua) {
            s = ZhSyllables.make(initial, fin, tone, false);
            if (s.isPresent()) {
                out.add(s.get());
                out.add(ZhSyllables.of("er5"));
                return;
            }
        }
        if (!initial.isEmpty()) {
            out.add(ZhSyllables.of(INITIAL_ALONE.get(initial)));
        }
        String[] bare = fit("", fin, erhua);
        s = ZhSyllables.make("", bare[1], tone, bare[2] != null);
        if (s.isEmpty()) {
            s = ZhSyllables.make("", bare[1], tone, false);
            if (s.isPresent() && bare[2] != null) {
                out.add(s.get());
                out.add(ZhSyllables.of("er5"));
                return;
            }
        }
        out.add(s.orElseGet(() -> ZhSyllables.of("e" + tone)));
    }

    /** Loanword-style repairs; returns {initial, final, erhua ? "r" : null}. */
    static String[] fit(String initial, String fin, boolean erhua) {
        boolean iFamily = (fin.startsWith("i") && !fin.equals("ii") && !fin.equals("iii")) || fin.startsWith("v");
        if (iFamily) {
            switch (initial) {
            case "s": case "sh": case "h": initial = "x"; break;
            case "z": case "zh": case "g": initial = "j"; break;
            case "c": case "ch": case "k": initial = "q"; break;
            case "r": initial = "l"; break;
            case "f": fin = DROP_I.getOrDefault(fin, fin); break;
            default: break;
            }
        }
        boolean labial = initial.equals("b") || initial.equals("p") || initial.equals("m") || initial.equals("f");
        if (labial) {
            if (fin.equals("e") && !initial.equals("m")) {
                fin = "o";
            } else if (fin.equals("uo")) {
                fin = "o";
            } else if (fin.equals("ong")) {
                fin = "eng";
            }
        } else if (!initial.isEmpty() && fin.equals("o")) {
            fin = "uo";
        }
        if (initial.isEmpty() && fin.equals("ong")) {
            fin = "ueng";
        }
        if ((initial.equals("j") || initial.equals("q") || initial.equals("x")) && fin.startsWith("u")) {
            switch (fin) {
            case "u": fin = "v"; break;
            case "uan": fin = "van"; break;
            case "uen": fin = "vn"; break;
            default: fin = DROP_I.containsKey("i" + fin.substring(1)) ? "i" + fin.substring(1) : "v"; break;
            }
        }
        if (!initial.isEmpty() && fin.equals("er")) {
            fin = "e";
            erhua = true;
        }
        if (initial.isEmpty() && fin.equals("e") && erhua) {
            fin = "er";
            erhua = false;
        }
        return new String[] { initial, fin, erhua ? "r" : null };
    }

    private static List<Phone> flatten(EnglishPronunciation p) {
        List<Phone> out = new ArrayList<>();
        for (EnglishPronunciation.Syllable s : p.syllables()) {
            for (String raw : s.phones()) {
                String sym = nearest(raw);
                out.add(new Phone(sym, VOWELS.containsKey(sym), s.stress()));
            }
        }
        return out;
    }

    /** The phone itself if known, else the nearest known one (vowel-like → @, else by first letter, else d). */
    static String nearest(String phone) {
        if (VOWELS.containsKey(phone) || CONSONANTS.contains(phone)) {
            return phone;
        }
        String stripped = phone.replaceAll("[0-9'\",:]", "");
        if (VOWELS.containsKey(stripped) || CONSONANTS.contains(stripped)) {
            return stripped;
        }
        if (stripped.isEmpty()) {
            return "@";
        }
        char c = stripped.charAt(0);
        if ("aeiouAEIOUVQ@{}369&".indexOf(c) >= 0) {
            return "@";
        }
        String first = String.valueOf(Character.toLowerCase(c));
        return CONSONANTS.contains(first) ? first : "d";
    }

    private static List<String> symbols(List<Phone> phones) {
        List<String> out = new ArrayList<>(phones.size());
        for (Phone p : phones) {
            out.add(p.symbol());
        }
        return out;
    }
}
