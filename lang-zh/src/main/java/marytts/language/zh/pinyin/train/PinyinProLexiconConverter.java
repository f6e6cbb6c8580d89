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
 * run this class with {@code package/json/modern.json} and the output path. Output lines are
 * {@code word TAB numbered-syllables(space separated) TAB frequency}, sorted by word. Tones are kept
 * as the source writes them (一/不 inside words already carry their surface tone there; neutral
 * tones mark lexicalised neutral syllables).
 */
public final class PinyinProLexiconConverter {

  private static final Pattern ENTRY =
      Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\[\\s*\"([^\"]*)\"\\s*,\\s*([0-9.eE+-]+)\\s*\\]");

  private PinyinProLexiconConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PinyinProLexiconConverter modern.json words.txt");
      System.exit(2);
    }
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Map<String, String> out = new TreeMap<>();
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
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("# Derived from npm @pinyin-pro/data 1.3.1 json/modern.json (ISC licence,"
          + " https://github.com/chinese-data/pinyin-pro-data). word TAB pinyin TAB freq\n");
      for (Map.Entry<String, String> e : out.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.println("words=" + out.size() + " skipped=" + skipped);
  }
}
