package marytts.language.zh.pinyin;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Command line: {@code PinyinMain pinyin|sandhi|phonemes} reads UTF-8 lines on stdin and writes
 * exactly one line per input line on stdout (tokens space-separated).
 */
public final class PinyinMain {

  private PinyinMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !(args[0].equals("pinyin") || args[0].equals("sandhi")
        || args[0].equals("phonemes"))) {
      System.err.println("usage: PinyinMain pinyin|sandhi|phonemes  (UTF-8 lines on stdin)");
      System.exit(2);
    }
    String mode = args[0];
    MandarinPronouncer p = new MandarinPronouncer();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String result;
      try {
        switch (mode) {
          case "pinyin":
            result = String.join(" ", p.lexicalPinyin(line));
            break;
          case "sandhi":
            result = String.join(" ", p.surfacePinyin(line));
            break;
          default:
            result = p.phonemes(line);
            break;
        }
      } catch (RuntimeException e) {
        out.flush();
        System.err.println("zh-text " + mode + ": failed on input line: " + e);
        System.exit(1);
        return;
      }
      out.println(result);
    }
    out.flush();
  }
}
