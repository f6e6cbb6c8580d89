package marytts.language.zh.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

import marytts.language.zh.frontend.ZhFrontEnd;

/**
 * {@code bin/zh-text MODE}: reads UTF-8 lines on stdin and writes exactly one line per input
 * line, in one process. Modes: normalize, pinyin, sandhi, phonemes.
 */
public final class ZhTextMain {
    static final int EXIT_USAGE = 2;

    private ZhTextMain() {
    }

    public static void main(String[] args) throws IOException {
        int code = run(args, new InputStreamReader(System.in, StandardCharsets.UTF_8),
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the CLI; returns the process exit code. */
    public static int run(String[] args, Reader in, Writer out, PrintStream err) throws IOException {
        if (args.length != 1) {
            err.println("usage: zh-text normalize|pinyin|sandhi|phonemes  (reads lines on stdin)");
            return EXIT_USAGE;
        }
        UnaryOperator<String> mode;
        try {
            mode = TextMode.valueOf(args[0].toUpperCase(Locale.ROOT)).bind(ZhFrontEnd.shared());
        } catch (IllegalArgumentException e) {
            err.println("zh-text: unknown mode '" + args[0] + "' (expected normalize, pinyin, sandhi or phonemes)");
            return EXIT_USAGE;
        }
        BufferedReader reader = new BufferedReader(in, 1 << 16);
        BufferedWriter writer = new BufferedWriter(out, 1 << 16);
        String line;
        long lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String result;
            try {
                result = mode.apply(line);
            } catch (RuntimeException e) {
                // keep the one-line-per-line contract: echo the input and say why on stderr
                err.println("zh-text: line " + lineNo + ": " + e);
                result = line;
            }
            writer.write(result.replace('\n', ' ').replace('\r', ' '));
            writer.write('\n');
        }
        writer.flush();
        return 0;
    }
}
