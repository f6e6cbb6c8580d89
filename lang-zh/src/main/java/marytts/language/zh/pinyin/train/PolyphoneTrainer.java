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
 */
public final class PolyphoneTrainer {

  private record Example(String ch, String gold, List<String> candidates, List<String> context,
      List<List<String>> evidence, String dictGuess, String firstReading, Sentence sentence,
      LexicalEvidence lexical, int index) {}

  private static PinyinLexicon lexicon;
  private static boolean showErrors;

  private PolyphoneTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PolyphoneTrainer TSV OUT.model.gz [--all] [--epochs N]");
      System.exit(2);
    }
    boolean all = false;
    int epochs = 12;
    // --errors prints held-out mistakes
    for (int k = 2; k < args.length; k++) {
      if (args[k].equals("--all")) {
        all = true;
      } else if (args[k].equals("--errors")) {
        showErrors = true;
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
      if ((row - 1) % 10 == 0) {
        held.add(ex);
      } else {
        train.add(ex);
      }
    }
    System.out.printf("examples: train=%d held-out=%d skipped=%d%n", train.size(), held.size(),
        skipped);
    PolyphoneModel fold = train(train, epochs);
    report("held-out", held, fold);
    report("train-fold", train, fold);
    PolyphoneModel shipped = all ? train(every, epochs) : fold;
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      shipped.write(out);
    }
    System.out.printf("wrote %s (%d weights, trained on %s)%n", args[1], shipped.size(),
        all ? "all rows" : "the training fold");
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
      } else if (showErrors && name.equals("held-out")) {
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

  /** Prediction exactly as at run time: candidates from the lexicon and the model's labels. */
  private static String predict(PolyphoneModel m, Example ex) {
    List<String> cands = PolyphoneFeatures.candidates(ex.sentence(), ex.lexical(), ex.index(),
        lexicon, m);
    if (cands.size() == 1) {
      return cands.get(0);
    }
    return m.predict(ex.sentence(), ex.lexical(), ex.index(), lexicon, cands);
  }

  /** Averaged perceptron with lazy averaging. */
  private static PolyphoneModel train(List<Example> data, int epochs) {
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
