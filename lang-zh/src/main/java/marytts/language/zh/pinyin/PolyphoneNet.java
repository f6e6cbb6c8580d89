package marytts.language.zh.pinyin;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Small neural context model of the polyphone classifier, trained by {@code
 * lang-zh/src/main/scripts/train_polyphone_nn.py} and run here by a hand-written forward pass:
 * character embeddings over a window of ±W tokens, a width-3 convolution with ReLU, the
 * concatenation of the centre position and the max over the window, and for each candidate y
 * {@code out[y]·h + bias[y] + pair[char|y] + Σ weights of y's evidence features}; the scores are
 * normalised by a softmax over the candidates. {@link PolyphoneModel} adds {@code lambda · log p(y)}
 * to the perceptron score. Immutable after loading; thread-safe.
 *
 * <p>File format (gzip, big-endian): {@code "PNN1"}, int W, int DIM, int HID, float lambda, four
 * vocabularies (characters, readings, char|reading pairs, evidence features; each an int count and
 * UTF-8 strings with an int byte length), then float32 tensors: embeddings [chars][DIM], convolution
 * [HID][DIM][3], its bias [HID], output [readings][2·HID], reading bias [readings], pair bias
 * [pairs], evidence weights [features]. Index 0 of the characters is padding (zero vector) and 1
 * the unknown character; unknown readings map to index 0 and unknown pairs to 0 as in training.
 */
public final class PolyphoneNet {

  /** Classpath location of the shipped net. */
  public static final String RESOURCE = "/marytts/language/zh/pinyin/polyphone.net.gz";

  private final int w;
  private final int dim;
  private final int hid;
  private final float lambda;
  private final Map<Integer, Integer> charId;
  private final Map<String, Integer> readingId;
  private final Map<String, Integer> pairId;
  private final Map<String, Integer> featureId;
  /**
   * Embeddings premultiplied by the convolution: {@code [char][tap][HID]} = conv[·][·][tap] ·
   * emb[char], so a convolution output is the bias plus three table rows.
   */
  private final float[] embConv;
  private final float[] convBias;
  private final float[] out;
  private final float[] readingBias;
  private final float[] pairBias;
  private final float[] featureWeight;

  private PolyphoneNet(DataInputStream in) throws IOException {
    byte[] magic = new byte[4];
    in.readFully(magic);
    if (!new String(magic, StandardCharsets.US_ASCII).equals("PNN1")) {
      throw new IOException("not a polyphone net file");
    }
    w = in.readInt();
    dim = in.readInt();
    hid = in.readInt();
    lambda = in.readFloat();
    String[] chars = strings(in);
    charId = new HashMap<>(chars.length * 2);
    for (int k = 2; k < chars.length; k++) {
      charId.put(chars[k].codePointAt(0), k);
    }
    readingId = index(strings(in));
    pairId = index(strings(in));
    featureId = index(strings(in));
    float[] emb = floats(in, chars.length * dim);
    float[] conv = floats(in, hid * dim * 3);
    convBias = floats(in, hid);
    embConv = new float[chars.length * 3 * hid];
    for (int c = 0; c < chars.length; c++) {
      for (int kk = 0; kk < 3; kk++) {
        for (int o = 0; o < hid; o++) {
          float v = 0;
          for (int d = 0; d < dim; d++) {
            v += conv[o * dim * 3 + d * 3 + kk] * emb[c * dim + d];
          }
          embConv[(c * 3 + kk) * hid + o] = v;
        }
      }
    }
    out = floats(in, readingId.size() * 2 * hid);
    readingBias = floats(in, readingId.size());
    pairBias = floats(in, pairId.size());
    featureWeight = floats(in, featureId.size());
    if (in.read() != -1) {
      throw new IOException("trailing data in polyphone net file");
    }
  }

  /** The shipped net, or null if the resource is absent (perceptron only). */
  public static PolyphoneNet loadDefault() {
    try (InputStream in = PolyphoneNet.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read polyphone net " + RESOURCE, e);
    }
  }

  public static PolyphoneNet read(InputStream raw) throws IOException {
    return new PolyphoneNet(new DataInputStream(
        new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16)));
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] s = new String[in.readInt()];
    for (int k = 0; k < s.length; k++) {
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      s[k] = new String(b, StandardCharsets.UTF_8);
    }
    return s;
  }

  private static Map<String, Integer> index(String[] s) {
    Map<String, Integer> m = new HashMap<>(s.length * 2);
    for (int k = 0; k < s.length; k++) {
      m.put(s[k], k);
    }
    return m;
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    float[] f = new float[n];
    for (int k = 0; k < n; k++) {
      f[k] = in.readFloat();
    }
    return f;
  }

  /** Weight of {@code log p(y)} next to the perceptron score. */
  public float lambda() {
    return lambda;
  }

  /**
   * Log-probabilities of the candidates of token i.
   *
   * @param evidence the evidence features ({@link PolyphoneFeatures#evidence}) of each candidate
   */
  public double[] logProbabilities(Sentence s, int i, List<String> candidates,
      List<List<String>> evidence) {
    int len = 2 * w + 1;
    // conv[t] = bias + sum over taps kk of embConv[char at t + kk - 1][kk]; positions outside
    // the sentence (and the zero padding of the convolution) have a zero embedding
    float[] acc = new float[len * hid];
    for (int t = 0; t < len; t++) {
      System.arraycopy(convBias, 0, acc, t * hid, hid);
    }
    for (int p = 0; p < len; p++) {
      int k = i - w + p;
      if (k < 0 || k >= s.size()) {
        continue;
      }
      int id = charId.getOrDefault(s.codePoint(k), 1);
      // input position p feeds output t = p - kk + 1 through tap kk
      for (int kk = 0; kk < 3; kk++) {
        int t = p - kk + 1;
        if (t < 0 || t >= len) {
          continue;
        }
        int src = (id * 3 + kk) * hid;
        int dst = t * hid;
        for (int o = 0; o < hid; o++) {
          acc[dst + o] += embConv[src + o];
        }
      }
    }
    // ReLU; h = [centre, max over positions]
    float[] h = new float[2 * hid];
    for (int o = 0; o < hid; o++) {
      float max = 0f;
      for (int t = 0; t < len; t++) {
        max = Math.max(max, acc[t * hid + o]);
      }
      h[o] = Math.max(acc[w * hid + o], 0f);
      h[hid + o] = max;
    }
    String ch = s.charAt(i);
    double[] sc = new double[candidates.size()];
    double best = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < sc.length; c++) {
      String y = candidates.get(c);
      int yi = readingId.getOrDefault(y, 0);
      double v = readingBias[yi];
      int base = yi * 2 * hid;
      for (int k = 0; k < 2 * hid; k++) {
        v += out[base + k] * h[k];
      }
      v += pairBias[pairId.getOrDefault(ch + "|" + y, 0)];
      for (String f : evidence.get(c)) {
        Integer fi = featureId.get(f);
        if (fi != null) {
          v += featureWeight[fi];
        }
      }
      sc[c] = v;
      best = Math.max(best, v);
    }
    double z = 0;
    for (double v : sc) {
      z += Math.exp(v - best);
    }
    double logZ = best + Math.log(z);
    for (int c = 0; c < sc.length; c++) {
      sc[c] -= logZ;
    }
    return sc;
  }
}
