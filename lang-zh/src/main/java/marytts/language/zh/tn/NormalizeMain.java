package marytts.language.zh.tn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Reads UTF-8 lines on stdin and writes one normalized line per input line (one JVM, batch). */
public final class NormalizeMain {

    private NormalizeMain() {
    }

    public static void main(String[] args) throws IOException {
        ChineseTextNormalizer tn = new ChineseTextNormalizer();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            out.write(tn.normalize(line).replace('\n', ' ').replace('\r', ' '));
            out.write('\n');
        }
        out.flush();
    }
}
