package marytts.language.zh.pinyin;

/**
 * What the word lexicons say about each token of a {@link Sentence}: the reading given by the
 * segmented word in each source, by a longest-match sub-segmentation of words the lexicons lack,
 * and by the longest lexicon word covering the token regardless of segmentation. Every field is
 * null where there is no evidence.
 */
public final class LexicalEvidence {

  /** Reading of the segmented word in pinyin-pro. */
  final String[] pinyinProWord;
  /** Reading of the segmented word in HanLP's dictionary. */
  final String[] hanlpWord;
  /** Reading from the longest-match sub-word inside an unknown segmented word. */
  final String[] subWord;
  /** Length of that sub-word (0 when none). */
  final int[] subWordLength;
  /** Reading from the longest pinyin-pro word covering the token. */
  final String[] longest;
  /** Length of that word (0 when none). */
  final int[] longestLength;
  /** Reading from the longest HanLP dictionary word covering the token. */
  final String[] longestHanlp;
  /** Whether the token's reading comes from a multi-character pinyin-pro word. */
  final boolean[] inPinyinProWord;

  private LexicalEvidence(int n) {
    pinyinProWord = new String[n];
    hanlpWord = new String[n];
    subWord = new String[n];
    subWordLength = new int[n];
    longest = new String[n];
    longestLength = new int[n];
    longestHanlp = new String[n];
    inPinyinProWord = new boolean[n];
  }

  public static LexicalEvidence of(Sentence s, PinyinLexicon lex) {
    int n = s.size();
    LexicalEvidence ev = new LexicalEvidence(n);
    for (Sentence.Span w : s.words()) {
      if (w.length() < 2 || !allHan(s, w.start(), w.end())) {
        continue;
      }
      String text = s.text(w.start(), w.end());
      String[] pp = lex.pinyinProWord(text);
      String[] hl = lex.hanlpWord(text);
      for (int i = w.start(); i < w.end(); i++) {
        if (pp != null) {
          ev.pinyinProWord[i] = pp[i - w.start()];
          ev.inPinyinProWord[i] = true;
        }
        if (hl != null) {
          ev.hanlpWord[i] = hl[i - w.start()];
        }
      }
      if (pp == null && hl == null) {
        // forward longest match inside the unknown word
        int i = w.start();
        while (i < w.end()) {
          int best = 0;
          String[] bestReading = null;
          boolean bestPp = false;
          for (int e = Math.min(w.end(), i + lex.maxWordLength()); e >= i + 2; e--) {
            String sub = s.text(i, e);
            String[] r = lex.pinyinProWord(sub);
            boolean isPp = r != null;
            if (r == null) {
              r = lex.hanlpWord(sub);
            }
            if (r != null) {
              best = e - i;
              bestReading = r;
              bestPp = isPp;
              break;
            }
          }
          if (best == 0) {
            i++;
            continue;
          }
          for (int k = 0; k < best; k++) {
            ev.subWord[i + k] = bestReading[k];
            ev.subWordLength[i + k] = best;
            ev.inPinyinProWord[i + k] = bestPp;
          }
          i += best;
        }
      }
    }
    int max = lex.maxWordLength();
    for (int start = 0; start < n; start++) {
      if (!s.isHan(start)) {
        continue;
      }
      for (int end = Math.min(n, start + max); end >= start + 2; end--) {
        if (!allHan(s, start, end)) {
          continue;
        }
        String sub = s.text(start, end);
        String[] pp = lex.pinyinProWord(sub);
        if (pp != null) {
          for (int k = start; k < end; k++) {
            if (end - start > ev.longestLength[k]) {
              ev.longest[k] = pp[k - start];
              ev.longestLength[k] = end - start;
            }
          }
        }
        String[] hl = lex.hanlpWord(sub);
        if (hl != null) {
          for (int k = start; k < end; k++) {
            if (ev.longestHanlp[k] == null) {
              ev.longestHanlp[k] = hl[k - start];
            }
          }
        }
      }
    }
    return ev;
  }

  static boolean allHan(Sentence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!s.isHan(i)) {
        return false;
      }
    }
    return true;
  }

  public String pinyinProWordAt(int i) {
    return pinyinProWord[i];
  }

  public String hanlpWordAt(int i) {
    return hanlpWord[i];
  }

  public String subWordAt(int i) {
    return subWord[i];
  }

  public String longestAt(int i) {
    return longest[i];
  }

  public String longestHanlpAt(int i) {
    return longestHanlp[i];
  }

  /** The dictionary's best guess for token i: segmented word, then sub-word, else null. */
  public String wordReading(int i) {
    if (pinyinProWord[i] != null) {
      return pinyinProWord[i];
    }
    if (hanlpWord[i] != null) {
      return hanlpWord[i];
    }
    return subWord[i];
  }
}
