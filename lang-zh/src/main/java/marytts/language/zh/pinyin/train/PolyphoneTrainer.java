package marytts.language.zh.pinyin.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import marytts.language.zh.pinyin.ContextRules;
import marytts.language.zh.pinyin.LexicalEvidence;
import marytts.language.zh.pinyin.PinyinLexicon;
import marytts.language.zh.pinyin.PolyphoneFeatures;
import marytts.language.zh.pinyin.PolyphoneModel;
import marytts.language.zh.pinyin.Segmenter;
import marytts.language.zh.pinyin.Sentence;

/**
 * Trains the polyphone classifier (averaged perceptron) on a labelled TSV in the format of
 * {@code polyphone_dev.tsv} (id, sentence, index, char, pinyin).
 *
 * <p>Usage: {@code PolyphoneTrainer TSV OUT.model.gz [--all] [--epochs N]}. The fixed held-out fold
 * is every 10th data row (row number modulo 10 == 0); without {@code --all} the model is trained
 * on the other 9/10 and the held-out accuracy is printed; with {@code --all} the held-out figure is
 * still computed by a fold run first, then a model trained on every row is written. Deterministic:
 * fixed shuffling seed.
 *
 * <p>{@code --errors --error-folds 1,2,3,4,5} lists the cross-validation mistakes of those folds
 * only (with the segmented sentence) and gives the other folds as error counts per character, so
 * that rules can be written from some folds and judged on the others; the summary line gives the
 * accuracy of folds 1-5 ("dev") and 0, 6-9 ("check") apart.
 */
public final class PolyphoneTrainer {

  private record Example(String ch, String gold, List<String> candidates, List<String> context,
      List<List<String>> evidence, String dictGuess, String firstReading, Sentence sentence,
      LexicalEvidence lexical, int index) {}

  private static PinyinLexicon lexicon;
  private static boolean showErrors;
  private static java.util.Set<Integer> errorFolds;
  private static final Map<String, Integer> hiddenErrors = new java.util.HashMap<>();
  private static String algo = "perceptron";
  /** Where --export writes the examples for the neural context model (see train_polyphone_nn.py). */
  private static Path export;
  /**
   * With --nets DIR, fold f of the cross-validation (and the held-out fold, f = 0) combines the
   * perceptron with the neural context model DIR/fold{f}.net.gz trained without that fold
   * (train_polyphone_nn.py --fold-nets DIR), exactly as at run time.
   */
  private static Path nets;
  private static double l2 = 1e-4;
  private static double rate = 0.2;

  private PolyphoneTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PolyphoneTrainer TSV OUT.model.gz [--all] [--epochs N]");
      System.exit(2);
    }
    boolean all = false;
    boolean cv = false;
    int epochs = 12;
    // --errors prints held-out mistakes
    for (int k = 2; k < args.length; k++) {
      if (args[k].equals("--all")) {
        all = true;
      } else if (args[k].equals("--algo")) {
        algo = args[++k];
      } else if (args[k].equals("--l2")) {
        l2 = Double.parseDouble(args[++k]);
      } else if (args[k].equals("--rate")) {
        rate = Double.parseDouble(args[++k]);
      } else if (args[k].equals("--cv")) {
        cv = true;
      } else if (args[k].equals("--nets")) {
        nets = Path.of(args[++k]);
        cv = true;
      } else if (args[k].equals("--export")) {
        export = Path.of(args[++k]);
        cv = true;
      } else if (args[k].equals("--errors")) {
        showErrors = true;
      } else if (args[k].equals("--error-folds")) {
        // only list the mistakes of these folds (e.g. 1,2,3,4,5), keeping the others unseen
        errorFolds = new java.util.HashSet<>();
        for (String f : args[++k].split(",")) {
          errorFolds.add(Integer.parseInt(f.trim()));
        }
      } else if (args[k].equals("--epochs")) {
        epochs = Integer.parseInt(args[++k]);
      }
    }
    PinyinLexicon lex = PinyinLexicon.load();
    lexicon = lex;
    Segmenter seg = new Segmenter();
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<Example> train = new ArrayList<>();
    List<Example> held = new ArrayList<>();
    List<Example> every = new ArrayList<>();
    List<Integer> foldOf = new ArrayList<>();
    int skipped = 0;
    for (int row = 1; row < lines.size(); row++) {
      String[] c = lines.get(row).split("\t");
      if (c.length < 5) {
        continue;
      }
      Sentence s = seg.segment(c[1]);
      int i = Integer.parseInt(c[2]);
      if (i >= s.size() || !s.charAt(i).equals(c[3])) {
        skipped++;
        continue;
      }
      LexicalEvidence ev = LexicalEvidence.of(s, lex);
      List<String> cand = new ArrayList<>(
          new LinkedHashSet<>(PolyphoneFeatures.candidates(s, ev, i, lex, null)));
      Example ex = example(s, ev, i, lex, cand, c[4]);
      every.add(ex);
      foldOf.add((row - 1) % 10);
      if ((row - 1) % 10 == 0) {
        held.add(ex);
      } else {
        train.add(ex);
      }
    }
    System.out.printf("examples: train=%d held-out=%d skipped=%d%n", train.size(), held.size(),
        skipped);
    if (showErrors) {
      int[][] st = new int[6][2];
      for (Example ex : every) {
        LexicalEvidence ev = ex.lexical();
        int i = ex.index();
        String[] src = {ev.pinyinProWordAt(i), ev.hanlpWordAt(i), ev.subWordAt(i),
            ev.longestAt(i), ev.longestHanlpAt(i), lexicon.defaultReading(ex.sentence().codePoint(i))};
        for (int k = 0; k < src.length; k++) {
          if (src[k] != null) {
            st[k][1]++;
            if (src[k].equals(ex.gold())) {
              st[k][0]++;
            }
          }
        }
      }
      String[] names = {"pinyin-pro seg word", "hanlp seg word", "sub-word", "longest pp",
          "longest hanlp", "default"};
      for (int k = 0; k < names.length; k++) {
        System.out.printf("source %s: acc=%.4f covers=%d%n", names[k],
            st[k][0] / (double) Math.max(1, st[k][1]), st[k][1]);
      }
    }
    System.out.printf("algorithm=%s epochs=%d l2=%g rate=%g%n", algo, epochs, l2, rate);
    Map<Example, String> oof = new HashMap<>();
    if (cv) {
      int ok = 0;
      int devOk = 0;
      int devN = 0;
      int checkOk = 0;
      int checkN = 0;
      for (int f = 0; f < 10; f++) {
        List<Example> tr = new ArrayList<>();
        List<Example> te = new ArrayList<>();
        for (int k = 0; k < every.size(); k++) {
          (foldOf.get(k) == f ? te : tr).add(every.get(k));
        }
        PolyphoneModel m = withFoldNet(train(tr, epochs), f);
        int foldOk = 0;
        for (Example ex : te) {
          String p = predict(m, ex);
          if (export != null) {
            StringBuilder sc = new StringBuilder();
            List<String> cands = PolyphoneFeatures.candidates(ex.sentence(), ex.lexical(),
                ex.index(), lexicon, m);
            List<String> ctx = PolyphoneFeatures.context(ex.sentence(), ex.lexical(), ex.index());
            for (String y : cands) {
              double v = m.score(ex.ch(), ctx, PolyphoneFeatures.evidence(ex.sentence(),
                  ex.lexical(), ex.index(), lexicon, y), y);
              sc.append(sc.length() > 0 ? ";" : "").append(y).append(':')
                  .append(String.format(java.util.Locale.ROOT, "%.4f", v));
            }
            oof.put(ex, sc.toString());
          }
          if (!p.equals(ex.gold()) && errorFolds != null && !errorFolds.contains(f)) {
            // the other folds only as counts per character, never row by row
            hiddenErrors.merge(ex.ch(), 1, Integer::sum);
          }
          if (p.equals(ex.gold())) {
            foldOk++;
          } else if (showErrors && (errorFolds == null || errorFolds.contains(f))) {
            String kind = !m.labels(ex.ch()).contains(ex.gold()) ? "UNSEEN-LABEL"
                : ex.gold().equals(ex.dictGuess()) ? "DICT-RIGHT" : "DICT-WRONG";
            String pp = ex.lexical().pinyinProWordAt(ex.index());
            System.out.printf("CVERR %s %s gold=%s got=%s dict=%s pp=%s long=%s fold=%d i=%d %s%n",
                kind, ex.ch(), ex.gold(), p, ex.dictGuess(), pp,
                ex.lexical().longestAt(ex.index()), f, ex.index(), segmented(ex.sentence()));
          }
        }
        ok += foldOk;
        if (f >= 1 && f <= 5) {
          devOk += foldOk;
          devN += te.size();
        } else {
          checkOk += foldOk;
          checkN += te.size();
        }
        System.out.printf("fold %d: acc=%.4f n=%d%n", f, foldOk / (double) te.size(), te.size());
      }
      System.out.printf("10-fold cross-validation: acc=%.4f n=%d%n", ok / (double) every.size(),
          every.size());
      if (errorFolds != null) {
        System.out.println("errors per character in the other folds: "
            + new java.util.TreeMap<>(hiddenErrors));
      }
      System.out.printf("dev folds 1-5: acc=%.4f n=%d; check folds 0,6-9: acc=%.4f n=%d%n",
          devOk / (double) devN, devN, checkOk / (double) checkN, checkN);
    }
    if (export != null) {
      writeExport(every, foldOf, oof);
    }
    PolyphoneModel fold = withFoldNet(train(train, epochs), 0);
    report("held-out", held, fold);
    report("train-fold", train, fold);
    PolyphoneModel shipped = all ? train(every, epochs) : fold;
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      shipped.write(out);
    }
    System.out.printf("wrote %s (%d weights, trained on %s)%n", args[1], shipped.size(),
        all ? "all rows" : "the training fold");
  }

  /**
   * One line per example: fold, sentence, index, char, gold, lexicon candidates, then every
   * candidate (lexicon, evidence, any reading of the character in the data) with its evidence
   * features ({@code y:f,f;y:f}), then the out-of-fold perceptron scores of the run-time
   * candidates ({@code y:score;...}).
   */
  private static void writeExport(List<Example> every, List<Integer> foldOf,
      Map<Example, String> oof) throws IOException {
    Map<String, List<String>> labels = labelsOf(every);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < every.size(); k++) {
      Example ex = every.get(k);
      Sentence s = ex.sentence();
      List<String> base = PolyphoneFeatures.candidates(s, ex.lexical(), ex.index(), lexicon, null);
      Set<String> all = new LinkedHashSet<>(base);
      all.addAll(labels.get(ex.ch()));
      StringBuilder ev = new StringBuilder();
      for (String y : all) {
        ev.append(ev.length() > 0 ? ";" : "").append(y).append(':').append(String.join(",",
            PolyphoneFeatures.evidence(s, ex.lexical(), ex.index(), lexicon, y)));
      }
      out.add(foldOf.get(k) + "\t" + s.text(0, s.size()) + "\t" + ex.index() + "\t" + ex.ch()
          + "\t" + ex.gold() + "\t" + String.join(" ", base) + "\t" + ev + "\t"
          + oof.get(ex));
    }
    Files.write(export, out, StandardCharsets.UTF_8);
  }

  private static PolyphoneModel withFoldNet(PolyphoneModel m, int fold) throws IOException {
    if (nets == null) {
      return m;
    }
    try (java.io.InputStream in = Files.newInputStream(nets.resolve("fold" + fold + ".net.gz"))) {
      return m.withNet(marytts.language.zh.pinyin.PolyphoneNet.read(in));
    }
  }

  private static Example example(Sentence s, LexicalEvidence ev, int i, PinyinLexicon lex,
      List<String> cand, String gold) {
    List<String> ctx = PolyphoneFeatures.context(s, ev, i);
    List<List<String>> evid = new ArrayList<>();
    Set<String> withGold = new LinkedHashSet<>(cand);
    withGold.add(gold);
    List<String> candidates = new ArrayList<>(withGold);
    for (String y : candidates) {
      evid.add(PolyphoneFeatures.evidence(s, ev, i, lex, y));
    }
    String dict = ev.wordReading(i);
    String first = lex.defaultReading(s.codePoint(i));
    return new Example(s.charAt(i), gold, candidates, ctx, evid, dict != null ? dict : first,
        first, s, ev, i);
  }

  private static void report(String name, List<Example> data, PolyphoneModel m) {
    int ok = 0;
    int dictOk = 0;
    int firstOk = 0;
    for (Example ex : data) {
      String p = predict(m, ex);
      if (p.equals(ex.gold())) {
        ok++;
      } else if (showErrors && name.equals("held-out")
          && (errorFolds == null || errorFolds.contains(0))) {
        int i = ex.index();
        Sentence s = ex.sentence();
        StringBuilder seg = new StringBuilder();
        for (Sentence.Span w : s.words()) {
          if (Math.abs(w.start() - i) < 8) {
            seg.append(s.text(w.start(), w.end())).append('/').append(w.tag()).append(' ');
          }
        }
        System.out.printf("ERR %s gold=%s got=%s dict=%s | %s%n", ex.ch(), ex.gold(), p,
            ex.dictGuess(), seg);
      }
      if (ex.gold().equals(ex.dictGuess())) {
        dictOk++;
      }
      if (ex.gold().equals(ex.firstReading())) {
        firstOk++;
      }
    }
    System.out.printf("%s: model acc=%.4f  dictionary acc=%.4f  first-reading acc=%.4f  n=%d%n",
        name, ok / (double) data.size(), dictOk / (double) data.size(),
        firstOk / (double) data.size(), data.size());
  }

  /**
   * Prediction exactly as at run time ({@code MandarinPronouncer.analyze}): a reading fixed by
   * {@link ContextRules}, else ({@code MandarinPronouncer.choose}) candidates from the
   * lexicon and the model's labels, and a neutral reading the model never saw for the character
   * mapped to its citation tone.
   */
  /** The sentence with its segmentation: words separated by |, each with its HanLP tag. */
  private static String segmented(Sentence s) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < s.size(); j = s.wordAt(j).end()) {
      Sentence.Span w = s.wordAt(j);
      b.append(b.length() > 0 ? "|" : "").append(s.text(w.start(), w.end())).append('/')
          .append(w.tag());
    }
    return b.toString();
  }

  private static String predict(PolyphoneModel m, Example ex) {
    String byContext = ContextRules.reading(ex.sentence(), ex.index(), lexicon);
    if (byContext != null) {
      return byContext; // MandarinPronouncer asks the context rules before the model
    }
    List<String> cands = PolyphoneFeatures.candidates(ex.sentence(), ex.lexical(), ex.index(),
        lexicon, m);
    if (cands.size() == 1) {
      return lexicon.citation(ex.sentence().codePoint(ex.index()), cands.get(0));
    }
    String r = m.predict(ex.sentence(), ex.lexical(), ex.index(), lexicon, cands);
    return m.labels(ex.ch()).contains(r) ? r
        : lexicon.citation(ex.sentence().codePoint(ex.index()), r);
  }

  private static PolyphoneModel train(List<Example> data, int epochs) {
    List<Example> d = withRunTimeCandidates(data);
    return algo.equals("perceptron") ? trainPerceptron(d, epochs) : trainMaxent(d, epochs);
  }

  /**
   * The examples with the candidate sets they get at run time: the lexicon readings, the lexicon
   * evidence and every reading the training data gives the character (the model's labels). Without
   * this a reading missing from the lexicon would be a candidate in training only when it is the
   * gold reading, and its evidence features ({@code RANKX}) would learn to point at the answer.
   */
  private static List<Example> withRunTimeCandidates(List<Example> data) {
    PolyphoneModel labelsOnly = new PolyphoneModel(Map.of(), labelsOf(data));
    List<Example> out = new ArrayList<>(data.size());
    for (Example ex : data) {
      List<String> cand = PolyphoneFeatures.candidates(ex.sentence(), ex.lexical(), ex.index(),
          lexicon, labelsOnly);
      out.add(example(ex.sentence(), ex.lexical(), ex.index(), lexicon, cand, ex.gold()));
    }
    return out;
  }

  /**
   * Log-linear (maximum entropy) model over the candidates of each example, trained by AdaGrad
   * with L2 regularisation applied to the features of each update.
   */
  private static PolyphoneModel trainMaxent(List<Example> data, int epochs) {
    Map<String, double[]> w = new HashMap<>(); // [weight, sum of squared gradients]
    List<Example> order = new ArrayList<>(data);
    Random rnd = new Random(20240607L);
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, rnd);
      for (Example ex : order) {
        int n = ex.candidates().size();
        if (n < 2) {
          continue;
        }
        List<List<String>> keys = new ArrayList<>(n);
        double[] sc = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
          keys.add(keys(ex, k));
          for (String key : keys.get(k)) {
            double[] v = w.get(key);
            if (v != null) {
              sc[k] += v[0];
            }
          }
          max = Math.max(max, sc[k]);
        }
        double z = 0;
        for (int k = 0; k < n; k++) {
          sc[k] = Math.exp(sc[k] - max);
          z += sc[k];
        }
        Map<String, Double> grad = new HashMap<>();
        for (int k = 0; k < n; k++) {
          double coef = (ex.candidates().get(k).equals(ex.gold()) ? 1 : 0) - sc[k] / z;
          for (String key : keys.get(k)) {
            grad.merge(key, coef, Double::sum);
          }
        }
        for (Map.Entry<String, Double> g : grad.entrySet()) {
          double[] v = w.computeIfAbsent(g.getKey(), k -> new double[2]);
          double gr = g.getValue() - l2 * v[0];
          v[1] += gr * gr;
          v[0] += rate * gr / Math.sqrt(v[1] + 1e-8);
        }
      }
    }
    Map<String, Float> out = new HashMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double a = e.getValue()[0];
      if (Math.abs(a) >= 1e-3) {
        out.put(e.getKey(), (float) (Math.round(a * 1e4) / 1e4));
      }
    }
    return new PolyphoneModel(out, labelsOf(data));
  }

  private static Map<String, List<String>> labelsOf(List<Example> data) {
    Map<String, Set<String>> labels = new TreeMap<>();
    for (Example ex : data) {
      labels.computeIfAbsent(ex.ch(), k -> new LinkedHashSet<>()).add(ex.gold());
    }
    Map<String, List<String>> lab = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      lab.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return lab;
  }

  /** Averaged perceptron with lazy averaging. */
  private static PolyphoneModel trainPerceptron(List<Example> data, int epochs) {
    Map<String, double[]> w = new HashMap<>(); // [weight, accumulated, last-update step]
    Map<String, Set<String>> labels = new TreeMap<>();
    for (Example ex : data) {
      labels.computeIfAbsent(ex.ch(), k -> new LinkedHashSet<>()).add(ex.gold());
    }
    List<Example> order = new ArrayList<>(data);
    Random rnd = new Random(20240607L);
    long step = 1;
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, rnd);
      for (Example ex : order) {
        String pred = null;
        double best = Double.NEGATIVE_INFINITY;
        int predIdx = -1;
        int goldIdx = -1;
        for (int k = 0; k < ex.candidates().size(); k++) {
          String y = ex.candidates().get(k);
          double sc = 0;
          for (String key : keys(ex, k)) {
            double[] v = w.get(key);
            if (v != null) {
              sc += v[0];
            }
          }
          if (sc > best) {
            best = sc;
            pred = y;
            predIdx = k;
          }
          if (y.equals(ex.gold())) {
            goldIdx = k;
          }
        }
        if (!ex.gold().equals(pred)) {
          update(w, keys(ex, goldIdx), 1, step);
          update(w, keys(ex, predIdx), -1, step);
        }
        step++;
      }
    }
    Map<String, Float> avg = new HashMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double[] v = e.getValue();
      double acc = v[1] + v[0] * (step - v[2]);
      double a = acc / step;
      if (Math.abs(a) >= 1e-3) {
        avg.put(e.getKey(), (float) (Math.round(a * 1e4) / 1e4));
      }
    }
    Map<String, List<String>> lab = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      lab.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return new PolyphoneModel(avg, lab);
  }

  private static List<String> keys(Example ex, int k) {
    String y = ex.candidates().get(k);
    List<String> keys = new ArrayList<>();
    for (String f : ex.context()) {
      keys.add(ex.ch() + "|" + f + "|" + y);
    }
    for (String g : ex.evidence().get(k)) {
      keys.add("*|" + g);
    }
    return keys;
  }

  private static void update(Map<String, double[]> w, List<String> keys, double delta, long step) {
    for (String key : keys) {
      double[] v = w.computeIfAbsent(key, k -> new double[] {0, 0, step});
      v[1] += v[0] * (step - v[2]);
      v[2] = step;
      v[0] += delta;
    }
  }
}
