package marytts.language.zh.pinyin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line split into non-whitespace code points ("tokens") and segmented into words. Word spans are
 * given in token indices; whitespace never belongs to a word. Immutable.
 */
public final class Sentence {

  /** One segmented word: token span {@code [start, end)} and its part-of-speech tag. */
  public record Span(int start, int end, String tag) {
    public int length() {
      return end - start;
    }
  }

  private final int[] cps;
  private final List<Span> words;
  private final int[] wordOf;

  Sentence(int[] cps, List<Span> words) {
    this.cps = cps;
    this.words = Collections.unmodifiableList(new ArrayList<>(words));
    this.wordOf = new int[cps.length];
    for (int w = 0; w < words.size(); w++) {
      for (int i = words.get(w).start(); i < words.get(w).end(); i++) {
        wordOf[i] = w;
      }
    }
  }

  public int size() {
    return cps.length;
  }

  public int codePoint(int i) {
    return cps[i];
  }

  /** Token text, or the empty string outside the sentence (used as a padding symbol). */
  public String charAt(int i) {
    return i < 0 || i >= cps.length ? "" : new String(Character.toChars(cps[i]));
  }

  public boolean isHan(int i) {
    return i >= 0 && i < cps.length && PinyinSyllables.isHan(cps[i]);
  }

  public String text(int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, start); i < Math.min(end, cps.length); i++) {
      sb.appendCodePoint(cps[i]);
    }
    return sb.toString();
  }

  public List<Span> words() {
    return words;
  }

  public int wordIndexOf(int token) {
    return wordOf[token];
  }

  public Span wordAt(int token) {
    return words.get(wordOf[token]);
  }
}
