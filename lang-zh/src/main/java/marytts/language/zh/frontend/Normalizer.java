package marytts.language.zh.frontend;

/** Text normalization: written form in, spoken form (Chinese characters, Latin kept) out. Never throws. */
@FunctionalInterface
public interface Normalizer {
    String normalize(String text);
}
