package marytts.language.zh.pinyin;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Linear polyphone classifier (averaged perceptron weights) over {@link PolyphoneFeatures}.
 * Immutable after loading; thread-safe.
 *
 * <p>File format (gzip, UTF-8 lines): {@code L TAB char TAB reading reading ...} lists the readings
 * seen in training for a character; {@code W TAB key TAB weight} gives one weight. Keys are
 * {@code char|feature|reading} for context features and {@code *|evidence} for evidence features
 * (shared by all characters: per-character evidence weights were tried and overfit).
 */
public final class PolyphoneModel {

  /** Classpath location of the shipped model. */
  public static final String RESOURCE = "/marytts/language/zh/pinyin/polyphone.model.gz";

  private final Map<String, Float> weights;
  private final Map<String, List<String>> labels;
  /** Neural context model combined with the perceptron, or null. */
  private final PolyphoneNet net;

  public PolyphoneModel(Map<String, Float> weights, Map<String, List<String>> labels) {
    this(weights, labels, null);
  }

  private PolyphoneModel(Map<String, Float> weights, Map<String, List<String>> labels,
      PolyphoneNet net) {
    this.weights = weights;
    this.labels = labels;
    this.net = net;
  }

  /**
   * This model combined with a neural context model: the score of a candidate becomes the
   * perceptron score plus {@code net.lambda() · log p_net(candidate)}.
   */
  public PolyphoneModel withNet(PolyphoneNet n) {
    return new PolyphoneModel(weights, labels, n);
  }

  /** The neural context model combined with the perceptron, or null. */
  public PolyphoneNet net() {
    return net;
  }

  /**
   * The shipped model (perceptron, with the shipped neural context model when present), or null if
   * the resource is absent (dictionary-only mode).
   */
  public static PolyphoneModel loadDefault() {
    try (InputStream in = PolyphoneModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in).withNet(PolyphoneNet.loadDefault());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read polyphone model " + RESOURCE, e);
    }
  }

  public static PolyphoneModel read(InputStream raw) throws IOException {
    Map<String, Float> w = new HashMap<>();
    Map<String, List<String>> l = new HashMap<>();
    BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      String[] c = line.split("\t");
      if (c.length == 3 && c[0].equals("W")) {
        w.put(c[1], Float.parseFloat(c[2]));
      } else if (c.length == 3 && c[0].equals("L")) {
        l.put(c[1], List.of(c[2].split(" ")));
      } else {
        throw new IOException("malformed polyphone model line " + lineNo + ": " + line);
      }
    }
    return new PolyphoneModel(w, l);
  }

  public void write(OutputStream raw) throws IOException {
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, List<String>> e : new TreeMap<>(labels).entrySet()) {
        out.write("L\t" + e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
      }
      for (Map.Entry<String, Float> e : new TreeMap<>(weights).entrySet()) {
        out.write("W\t" + e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  /** Readings seen in training for a character. */
  public List<String> labels(String ch) {
    List<String> l = labels.get(ch);
    return l == null ? Collections.emptyList() : l;
  }

  public int size() {
    return weights.size();
  }

  /** Score of candidate y given precomputed context features. */
  public double score(String ch, List<String> context, List<String> evidence, String y) {
    double s = 0;
    for (String f : context) {
      Float v = weights.get(ch + "|" + f + "|" + y);
      if (v != null) {
        s += v;
      }
    }
    for (String g : evidence) {
      Float v = weights.get("*|" + g);
      if (v != null) {
        s += v;
      }
    }
    return s;
  }

  /** The best candidate reading of token i. */
  public String predict(Sentence s, LexicalEvidence ev, int i, PinyinLexicon lex,
      List<String> candidates) {
    String ch = s.charAt(i);
    List<String> ctx = PolyphoneFeatures.context(s, ev, i);
    List<List<String>> evidence = new ArrayList<>(candidates.size());
    for (String y : candidates) {
      evidence.add(PolyphoneFeatures.evidence(s, ev, i, lex, y));
    }
    // the net knows only characters of its training data: for any other (共, 北) its reading
    // priors are confident and wrong (共 → gong1, 北 → bei4), so the perceptron's evidence decides
    double[] lp = net == null || labels(ch).isEmpty() ? null
        : net.logProbabilities(s, i, candidates, evidence);
    String best = candidates.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < candidates.size(); k++) {
      String y = candidates.get(k);
      double sc = score(ch, ctx, evidence.get(k), y);
      if (lp != null) {
        sc += net.lambda() * lp[k];
      }
      if (sc > bestScore) {
        bestScore = sc;
        best = y;
      }
    }
    return best;
  }

  /** Keys of all weights (for tests and statistics). */
  List<String> keys() {
    return new ArrayList<>(weights.keySet());
  }
}
