package marytts.language.zh.pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A user pronunciation dictionary: Han words with their pinyin, taking precedence over the
 * lexicons and the polyphone model, and kept whole by the segmenter.
 *
 * <p>Format (UTF-8): one entry per line, {@code 词语<TAB>ci2 yu3}: the word, a tab, then one
 * syllable per Han character in any form {@link PinyinOverride} accepts (tone digits or tone
 * marks, ü/v). Blank lines and lines starting with {@code #} are ignored; text after a
 * {@code #} preceded by whitespace is a comment. A malformed line is skipped and reported as
 * {@code FILE:LINE: message}. A later entry for the same word replaces an earlier one.
 *
 * <p>Location: the system property {@code zh.userdict} (a file path), else
 * {@code MARY_BASE/user-dictionaries/userdict-zh_CN.txt} where MARY_BASE is the system property
 * {@code mary.base} or the environment variable {@code MARY_BASE}. A missing default file means an
 * empty dictionary. Immutable; thread-safe.
 */
public final class UserDictionary {

  /** System property naming the user dictionary file. */
  public static final String PROPERTY = "zh.userdict";
  /** Path of the default file relative to MARY_BASE. */
  public static final String DEFAULT_RELATIVE = "user-dictionaries/userdict-zh_CN.txt";

  private static final UserDictionary EMPTY =
      new UserDictionary(Map.of(), List.of(), 0);

  private final Map<String, String[]> entries;
  private final List<String> problems;
  private final int maxLength;

  private UserDictionary(Map<String, String[]> entries, List<String> problems, int maxLength) {
    this.entries = entries;
    this.problems = problems;
    this.maxLength = maxLength;
  }

  public static UserDictionary empty() {
    return EMPTY;
  }

  /** The file configured by {@code zh.userdict} or found in MARY_BASE, or null if none. */
  public static Path configuredPath() {
    String p = System.getProperty(PROPERTY);
    if (p != null && !p.isBlank()) {
      return Path.of(p.trim());
    }
    String base = System.getProperty("mary.base");
    if (base == null || base.isBlank()) {
      base = System.getenv("MARY_BASE");
    }
    if (base == null || base.isBlank()) {
      return null;
    }
    return Path.of(base.trim()).resolve(DEFAULT_RELATIVE);
  }

  /**
   * Loads the configured dictionary; problems (malformed lines, an unreadable or missing
   * explicitly configured file) are printed to standard error and kept in {@link #problems()}.
   */
  public static UserDictionary loadConfigured() {
    Path p = configuredPath();
    if (p == null) {
      return EMPTY;
    }
    boolean explicit = System.getProperty(PROPERTY) != null;
    if (!Files.exists(p)) {
      if (explicit) {
        String msg = p + ": user dictionary not found (system property " + PROPERTY + ")";
        System.err.println("zh user dictionary: " + msg);
        return new UserDictionary(Map.of(), List.of(msg), 0);
      }
      return EMPTY;
    }
    UserDictionary d;
    try {
      d = load(p);
    } catch (IOException e) {
      String msg = p + ": cannot read user dictionary: " + e.getMessage();
      System.err.println("zh user dictionary: " + msg);
      return new UserDictionary(Map.of(), List.of(msg), 0);
    }
    for (String msg : d.problems()) {
      System.err.println("zh user dictionary: " + msg);
    }
    return d;
  }

  /** Reads a dictionary file; malformed lines are skipped and listed in {@link #problems()}. */
  public static UserDictionary load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** Parses dictionary text (for tests and callers holding the text). */
  public static UserDictionary parse(String text, String name) {
    try {
      return parse(new StringReader(text), name);
    } catch (IOException e) {
      throw new IllegalStateException(e); // cannot happen with a StringReader
    }
  }

  private static UserDictionary parse(Reader reader, String name) throws IOException {
    Map<String, String[]> entries = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int max = 0;
    BufferedReader r = new BufferedReader(reader);
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String content = stripComment(line).strip();
      if (content.isEmpty()) {
        continue;
      }
      int tab = content.indexOf('\t');
      if (tab < 0) {
        problems.add(name + ":" + lineNo + ": expected WORD<TAB>PINYIN, found no tab: " + line);
        continue;
      }
      String word = content.substring(0, tab).strip();
      String ph = content.substring(tab + 1).strip();
      if (word.isEmpty()) {
        problems.add(name + ":" + lineNo + ": empty word");
        continue;
      }
      if (word.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
        problems.add(name + ":" + lineNo + ": the word \"" + word + "\" contains whitespace");
        continue;
      }
      try {
        List<String> syl = PinyinOverride.parse(ph, word);
        entries.put(word, syl.toArray(new String[0]));
        max = Math.max(max, syl.size());
      } catch (IllegalArgumentException e) {
        problems.add(name + ":" + lineNo + ": " + e.getMessage().replaceFirst("^pinyin override: ", ""));
      }
    }
    return new UserDictionary(Collections.unmodifiableMap(entries),
        Collections.unmodifiableList(problems), max);
  }

  private static String stripComment(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    for (int i = 1; i < line.length(); i++) {
      if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Reading of a word, or null; a copy. */
  public String[] reading(String word) {
    String[] r = entries.get(word);
    return r == null ? null : r.clone();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** The words, in no particular order. */
  public List<String> words() {
    return List.copyOf(entries.keySet());
  }

  /** Malformed lines and load errors, as {@code FILE:LINE: message}. */
  public List<String> problems() {
    return problems;
  }

  /**
   * Readings for the tokens of a sentence: a forward longest match of dictionary words over runs
   * of Han tokens, independent of segmentation. Null where no user word covers a token.
   */
  String[] readings(Sentence s) {
    String[] out = new String[s.size()];
    if (entries.isEmpty()) {
      return out;
    }
    int n = s.size();
    int i = 0;
    while (i < n) {
      int matched = 0;
      for (int e = Math.min(n, i + maxLength); e > i; e--) {
        if (!LexicalEvidence.allHan(s, i, e)) {
          continue;
        }
        String[] r = entries.get(s.text(i, e));
        if (r != null) {
          System.arraycopy(r, 0, out, i, r.length);
          matched = e - i;
          break;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }
}
