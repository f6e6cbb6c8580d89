package marytts.language.zh.pinyin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark program (not a test): {@code PinyinBench FILE} with one sentence per line (a TSV's
 * second column is used when lines contain tabs). Prints cold start time, warm characters per
 * second of {@link MandarinPronouncer#phonemes} on one thread, and heap used after a full GC.
 */
public final class PinyinBench {

  private PinyinBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PinyinBench sentences.txt|tsv");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] c = l.split("\t");
      lines.add(c.length > 1 ? c[1] : c[0]);
    }
    long t0 = System.nanoTime();
    MandarinPronouncer p = new MandarinPronouncer();
    p.phonemes("你好");
    long cold = System.nanoTime() - t0;
    for (String l : lines) {
      p.phonemes(l);
    }
    long chars = 0;
    long t1 = System.nanoTime();
    for (String l : lines) {
      p.phonemes(l);
      chars += l.codePointCount(0, l.length());
    }
    double sec = (System.nanoTime() - t1) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    System.out.printf("cold start %.0f ms; %d lines, %d chars in %.2f s: %.0f chars/s;"
        + " heap used after GC %.1f MB%n", cold / 1e6, lines.size(), chars, sec, chars / sec,
        used / 1048576.0);
  }
}
