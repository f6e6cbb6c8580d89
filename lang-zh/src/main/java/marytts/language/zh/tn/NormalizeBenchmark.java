package marytts.language.zh.tn;

/**
 * Prints normalization throughput (characters per second, one thread) on a synthetic mixed text.
 * Usage: {@code java -cp ... marytts.language.zh.tn.NormalizeBenchmark [seconds]}.
 */
public final class NormalizeBenchmark {

    private NormalizeBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        String sample = "2024年3月5日上午9点，我们在北京开会，参会人数约2,350人，同比增长6.3%。"
                + "会议费用为¥12.50每人，请拨打010-12345678或13912345678咨询。"
                + "比分定格在3:2，气温-3℃到5℃，车速60km/h，版本v2.0.1，其中3/4的人同意。"
                + "这是一段没有数字的普通中文文本，用来模拟真实的句子分布和长度，English words stay.";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            sb.append(sample).append('\n');
        }
        String text = sb.toString();
        ChineseTextNormalizer tn = new ChineseTextNormalizer();
        for (int i = 0; i < 5; i++) {
            tn.normalize(text);
        }
        long chars = 0;
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            tn.normalize(text);
            chars += text.length();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf("chars=%d seconds=%.3f chars_per_second=%.0f%n", chars, elapsed, chars / elapsed);
    }
}
