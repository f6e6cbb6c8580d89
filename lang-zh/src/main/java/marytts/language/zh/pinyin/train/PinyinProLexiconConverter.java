package marytts.language.zh.pinyin.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marytts.language.zh.pinyin.PinyinSyllables;

/**
 * Converts {@code json/modern.json} of the npm package {@code @pinyin-pro/data} (ISC licence) into
 * the compact word lexicon shipped as {@code marytts/language/zh/pinyin/words.txt}.
 *
 * <p>Reproduce: {@code npm pack @pinyin-pro/data@1.3.1 && tar xzf pinyin-pro-data-1.3.1.tgz}, then
 * run this class with {@code package/json/modern.json}, {@code package/json/complete.json} and the
 * output path. All of {@code modern.json} is kept; from {@code complete.json} (349k words, too big
 * to ship) only words not in modern.json that read some polyphonic character (several readings in
 * HanLP's pinyin dictionary) differently from its default reading, or that contain 一 or 不
 * (whose tones there are lexicalised surface tones), are kept, since only those change a decision. Output lines are
 * {@code word TAB numbered-syllables(space separated) TAB frequency}, sorted by word. Tones are kept
 * as the source writes them (一/不 inside words already carry their surface tone there; neutral
 * tones mark lexicalised neutral syllables).
 */
public final class PinyinProLexiconConverter {

  private static final Pattern ENTRY =
      Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[\\s*\"([^\"]*)\"\\s*,\\s*([0-9.eE+-]+)\\s*\\]");

  private PinyinProLexiconConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PinyinProLexiconConverter modern.json complete.json words.txt");
      System.exit(2);
    }
    Map<String, String> out = new TreeMap<>();
    int skipped = read(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), out);
    int modern = out.size();
    Map<String, String> complete = new TreeMap<>();
    read(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), complete);
    Map<Integer, java.util.List<String>> hanlp = hanlpCharReadings();
    int added = 0;
    for (Map.Entry<String, String> e : complete.entrySet()) {
      String word = e.getKey();
      if (out.containsKey(word) || word.codePointCount(0, word.length()) < 2) {
        continue;
      }
      String[] syl = e.getValue().split("\t")[0].split(" ");
      int[] cps = word.codePoints().toArray();
      // words with 一/不 keep their lexicalised tones (一更天 yi1 geng1 tian1)
      boolean informative = word.indexOf('一') >= 0 || word.indexOf('不') >= 0;
      for (int k = 0; k < cps.length; k++) {
        java.util.List<String> rs = hanlp.get(cps[k]);
        if (rs == null || rs.size() < 2 || cps[k] == '一' || cps[k] == '不') {
          continue;
        }
        String single = out.get(new String(Character.toChars(cps[k])));
        String def = single != null ? single.split("\t")[0] : rs.get(0);
        if (!syl[k].equals(def)) {
          informative = true;
          break;
        }
      }
      if (informative) {
        out.put(word, e.getValue());
        added++;
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      w.write("# Derived from npm @pinyin-pro/data 1.3.1 (ISC licence,"
          + " https://github.com/chinese-data/pinyin-pro-data): json/modern.json plus filtered"
          + " json/complete.json. word TAB pinyin TAB freq\n");
      for (Map.Entry<String, String> e : out.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.println("modern=" + modern + " complete-added=" + added + " skipped=" + skipped);
  }

  private static Map<Integer, java.util.List<String>> hanlpCharReadings() throws IOException {
    Map<Integer, java.util.List<String>> r = new java.util.HashMap<>();
    try (java.io.InputStream in =
        PinyinProLexiconConverter.class.getResourceAsStream("/data/dictionary/pinyin/pinyin.txt")) {
      if (in == null) {
        throw new IOException("HanLP pinyin.txt not on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0 && line.codePointCount(0, eq) == 1) {
          r.put(line.codePointAt(0), java.util.List.of(line.substring(eq + 1).trim().split(",")));
        }
      }
    }
    return r;
  }

  private static int read(String json, Map<String, String> out) {
    Matcher m = ENTRY.matcher(json);
    int skipped = 0;
    while (m.find()) {
      String word = m.group(1);
      String[] syl = m.group(2).trim().split("\\s+");
      if (syl.length != word.codePointCount(0, word.length())) {
        skipped++;
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (String s : syl) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(PinyinSyllables.fromMarks(s));
      }
      double freq = Double.parseDouble(m.group(3));
      out.put(word, sb + "\t" + String.format(java.util.Locale.ROOT, "%.3g", freq));
    }
    return skipped;
  }
}
