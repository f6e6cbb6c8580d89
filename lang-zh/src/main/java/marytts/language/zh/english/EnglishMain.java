package marytts.language.zh.english;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Manual check: reads Latin tokens, one per line, on stdin and writes one line per input: the
 * toned pinyin syllables, space-separated (empty line for nothing to say).
 */
public final class EnglishMain {
    private EnglishMain() {
    }

    public static void main(String[] args) throws Exception {
        EnglishInChinese english = new EnglishInChinese();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                List<PinyinSyllable> syllables = english.pronounce(line.trim());
                out.println(syllables.stream().map(PinyinSyllable::toPinyin).collect(Collectors.joining(" ")));
            }
        }
    }
}
