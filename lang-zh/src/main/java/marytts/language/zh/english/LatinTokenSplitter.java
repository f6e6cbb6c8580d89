package marytts.language.zh.english;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one Latin token (a LATIN chunk such as {@code iPhone15}, {@code Wi-Fi}, {@code GPUs},
 * {@code PowerPoint}) into parts that are each read one way:
 *
 * <ol>
 * <li>The whole token (case and hyphens ignored) in {@link KnownWords#PRONUNCIATIONS} → one word
 * (Wi-Fi, e-mail, iPhone).</li>
 * <li>Connectors split: {@code - . / _} separate, {@code &} is read "and"; apostrophes stay inside
 * the word (don't).</li>
 * <li>Letters and digits split (iPhone15 → iPhone + 15, 5G → 5 + G); digit runs are numbers.</li>
 * <li>A letter run in the known words or the lexicon (case ignored) is one word; otherwise it
 * splits at CamelCase boundaries: lower→upper (YouTube → You + Tube) and upper→upper+lower
 * (HTMLParser → HTML + Parser). A trailing plural {@code s} after capitals (GPUs) stays a suffix.</li>
 * <li>Each piece: one letter, a word in {@link KnownWords#SPELLED}, all capitals of up to 5
 * letters (unless in {@link KnownWords#CAPS_WORDS}, or of 4 or 5 letters and an ordinary word
 * of the lexicon: HELLO, SALE, IMAX, REST) or a run without a vowel letter (mp, js, www) is
 * spelled; everything else is a word.</li>
 * <li>A word the lexicon lacks that is one letter glued to a lexicon word of 3 letters or more
 * is that letter spelled plus the word, when the first two letters cannot begin an English word
 * (Gmail → G + mail, Xbox → X + box, vlog → V + log, Tmall → T + mall) or the letter is a
 * lower-case e- or i- of e-book / i-cloud words (ebook → E + book; Ivan stays a name).</li>
 * <li>Mr, Mrs, Ms, Dr (this case only) are the words they abbreviate ({@link KnownWords#TITLES}).</li>
 * <li>A trailing {@code +} is read 加 (C++, A+), a trailing {@code #} after one letter
 * "sharp" (C#, F#).</li>
 * </ol>
 */
final class LatinTokenSplitter {

    /** How a part is read. */
    enum Kind {
        /** An English word: known list, lexicon, or letter-to-sound. */
        WORD,
        /** Letter by letter. */
        SPELL,
        /** A digit run read as a Chinese number. */
        NUMBER,
        /** A plural -s after an acronym (GPUs): si5. */
        PLURAL_S,
        /** A trailing plus sign (C++, A+): 加 jia1 each. */
        PLUS
    }

    record Part(String text, Kind kind) {
    }

    private static final Pattern RUNS = Pattern.compile("[A-Za-z']+|[0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern VOWEL = Pattern.compile("[aeiouyAEIOUY]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_SIGNS = Pattern.compile("(?<=[A-Za-z])(\\++|#)$");
    /** Two-consonant beginnings of English words; other consonant pairs (gm, xb, vl, tm) are not. */
    private static final Set<String> ONSETS = Set.of("bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh",
            "gl", "gn", "gr", "kl", "kn", "kr", "ph", "pl", "pr", "ps", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp",
            "sq", "st", "sw", "th", "tr", "tw", "wh", "wr", "qu");

    private final Predicate<String> inLexicon;

    /** @param inLexicon whether a lower-case word is in the English lexicon (not LTS) */
    LatinTokenSplitter(Predicate<String> inLexicon) {
        this.inLexicon = inLexicon;
    }

    List<Part> split(String token) {
        List<Part> parts = new ArrayList<>();
        if (token == null) {
            return parts;
        }
        String t = COMBINING.matcher(Normalizer.normalize(token, Normalizer.Form.NFKD)).replaceAll("");
        t = Normalizer.normalize(t, Normalizer.Form.NFKC).replace('’', '\'').trim();
        if (t.isEmpty()) {
            return parts;
        }
        Matcher signs = TRAILING_SIGNS.matcher(t);
        String trailing = "";
        if (signs.find()) {
            trailing = signs.group(1);
            t = t.substring(0, signs.start());
        }
        splitBody(t, parts);
        if (trailing.equals("#")) {
            if (parts.size() == 1 && parts.get(0).text().length() == 1) {
                parts.add(new Part("sharp", Kind.WORD));
            }
        } else {
            for (int i = 0; i < trailing.length(); i++) {
                parts.add(new Part("+", Kind.PLUS));
            }
        }
        return parts;
    }

    private void splitBody(String t, List<Part> parts) {
        if (KnownWords.pronunciation(t).isPresent() && t.matches("[A-Za-z'-]+")) {
            parts.add(new Part(t, Kind.WORD));
            return;
        }
        String[] segments = t.split("(?=&)|(?<=&)|[-./_\\s]+");
        for (String segment : segments) {
            if (segment.equals("&")) {
                parts.add(new Part("and", Kind.WORD));
                continue;
            }
            Matcher m = RUNS.matcher(segment);
            while (m.find()) {
                String run = m.group();
                if (Character.isDigit(run.charAt(0))) {
                    parts.add(new Part(run, Kind.NUMBER));
                } else {
                    letters(run, parts);
                }
            }
        }
    }

    private void letters(String run, List<Part> parts) {
        String r = stripApostrophes(run);
        if (r.isEmpty()) {
            return;
        }
        if (KnownWords.TITLES.containsKey(r)) {
            parts.add(new Part(KnownWords.TITLES.get(r), Kind.WORD));
            return;
        }
        if (KnownWords.pronunciation(r).isPresent()) {
            parts.add(new Part(r, Kind.WORD));
            return;
        }
        boolean mixedCase = !r.equals(r.toLowerCase(Locale.ROOT)) && !r.equals(r.toUpperCase(Locale.ROOT));
        if (mixedCase && r.length() > 2 && r.endsWith("s") && r.substring(0, r.length() - 1).chars()
                .allMatch(c -> c >= 'A' && c <= 'Z')) {
            parts.add(new Part(r.substring(0, r.length() - 1), Kind.SPELL));
            parts.add(new Part("s", Kind.PLURAL_S));
            return;
        }
        if (mixedCase && hasInnerCapital(r) && !inLexicon.test(r.toLowerCase(Locale.ROOT))) {
            for (String piece : CAMEL.split(r)) {
                piece(piece, parts);
            }
            return;
        }
        piece(r, parts);
    }

    /** Gmail, Xbox, vlog, ebook: a letter the word cannot begin with, glued to a lexicon word. */
    private boolean isLetterPlusWord(String w) {
        if (w.length() < 4 || !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String rest = lower.substring(1);
        if (inLexicon.test(lower) || !inLexicon.test(rest)) {
            return false;
        }
        char a = lower.charAt(0);
        char b = lower.charAt(1);
        if (w.charAt(0) == 'e' || w.charAt(0) == 'i') {
            return true; // lower-case only: Elon, Ivan are names
        }
        return !isVowelLetter(a) && !isVowelLetter(b) && !ONSETS.contains(lower.substring(0, 2));
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean hasInnerCapital(String r) {
        for (int i = 1; i < r.length(); i++) {
            if (Character.isUpperCase(r.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String stripApostrophes(String run) {
        int a = 0;
        int b = run.length();
        while (a < b && run.charAt(a) == '\'') {
            a++;
        }
        while (b > a && run.charAt(b - 1) == '\'') {
            b--;
        }
        return run.substring(a, b);
    }

    private void piece(String p, List<Part> parts) {
        String letters = p.replace("'", "");
        if (letters.isEmpty()) {
            return;
        }
        boolean allCaps = letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() > 1;
        if (letters.length() == 1 || KnownWords.isSpelled(letters)) {
            parts.add(new Part(letters, Kind.SPELL));
        } else if (allCaps && KnownWords.isCapsWord(letters)) {
            parts.add(new Part(p, Kind.WORD));
        } else if (allCaps && letters.length() >= 4 && letters.length() <= 5
                && inLexicon.test(letters.toLowerCase(Locale.ROOT))) {
            parts.add(new Part(p, Kind.WORD));
        } else if (allCaps && letters.length() <= 5) {
            parts.add(new Part(letters, Kind.SPELL));
        } else if (!VOWEL.matcher(letters).find()) {
            parts.add(new Part(letters, Kind.SPELL));
        } else if (isLetterPlusWord(letters)) {
            parts.add(new Part(letters.substring(0, 1), Kind.SPELL));
            parts.add(new Part(letters.substring(1), Kind.WORD));
        } else {
            parts.add(new Part(p, Kind.WORD));
        }
    }
}
