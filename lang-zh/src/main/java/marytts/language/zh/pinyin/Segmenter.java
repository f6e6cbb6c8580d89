package marytts.language.zh.pinyin;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation with HanLP's default (Viterbi, core dictionary) segmenter; turns a line into a
 * {@link Sentence}. Runs of Han characters are segmented by HanLP; every other non-whitespace code
 * point that HanLP splits off stays in the word HanLP gave it (Latin words, numbers), and
 * whitespace separates words.
 */
public final class Segmenter {

  private final Segment segment;

  public Segmenter() {
    this.segment = HanLP.newSegment()
        .enableNameRecognize(true)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableCustomDictionary(true);
  }

  /**
   * Adds words to HanLP's (process-wide) custom dictionary so that the segmenter keeps them whole
   * (user dictionary words). Words already known are left as they are.
   */
  public static void keepWhole(java.util.Collection<String> words) {
    for (String w : words) {
      if (w.codePointCount(0, w.length()) > 1) {
        synchronized (Segmenter.class) {
          com.hankcs.hanlp.dictionary.CustomDictionary.insert(w, "nz 100000");
        }
      }
    }
  }

  /** Whether HanLP's segmentation dictionaries (core or custom) know the word. */
  public static boolean isWord(String word) {
    return com.hankcs.hanlp.dictionary.CoreDictionary.contains(word)
        || com.hankcs.hanlp.dictionary.CustomDictionary.contains(word);
  }

  public Sentence segment(String line) {
    int[] all = line.codePoints().toArray();
    List<Integer> keep = new ArrayList<>(all.length);
    for (int cp : all) {
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        keep.add(cp);
      }
    }
    int[] cps = keep.stream().mapToInt(Integer::intValue).toArray();
    List<Sentence.Span> spans = new ArrayList<>();
    // segment each whitespace-free chunk separately so that token indices stay aligned
    int tok = 0;
    StringBuilder chunk = new StringBuilder();
    for (int k = 0; k <= all.length; k++) {
      boolean ws = k == all.length || Character.isWhitespace(all[k]) || Character.isSpaceChar(all[k]);
      if (!ws) {
        chunk.appendCodePoint(all[k]);
        continue;
      }
      if (chunk.length() > 0) {
        tok = segmentChunk(chunk.toString(), tok, spans);
        chunk.setLength(0);
      }
    }
    return new Sentence(cps, spans);
  }

  private int segmentChunk(String chunk, int tok, List<Sentence.Span> spans) {
    int n = chunk.codePointCount(0, chunk.length());
    List<Term> terms;
    synchronized (segment) {
      terms = segment.seg(chunk);
    }
    int pos = 0; // char offset in chunk
    int start = tok;
    for (Term t : terms) {
      String w = t.word;
      if (w == null || w.isEmpty()) {
        continue;
      }
      if (!chunk.startsWith(w, pos)) {
        // HanLP changed the text (normalisation): fall back to single code points for the rest
        break;
      }
      int len = w.codePointCount(0, w.length());
      spans.add(new Sentence.Span(tok, tok + len, t.nature == null ? "x" : t.nature.toString()));
      tok += len;
      pos += w.length();
    }
    while (tok < start + n) {
      spans.add(new Sentence.Span(tok, tok + 1, "x"));
      tok++;
    }
    return tok;
  }
}
