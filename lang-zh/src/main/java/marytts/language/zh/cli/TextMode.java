package marytts.language.zh.cli;

import java.util.function.UnaryOperator;

import marytts.language.zh.frontend.PhonemeTranscriber;
import marytts.language.zh.frontend.ZhFrontEnd;

/** The modes of {@code bin/zh-text}; see DESIGN.md "Command-line contracts". */
enum TextMode {
    /** Spoken form: numbers, dates, units... expanded into Chinese characters. */
    NORMALIZE {
        @Override
        UnaryOperator<String> bind(ZhFrontEnd fe) {
            return line -> fe.normalizer().normalize(line);
        }
    },
    /** Lexical pinyin, one token per non-whitespace code point, no normalization. */
    PINYIN {
        @Override
        UnaryOperator<String> bind(ZhFrontEnd fe) {
            return line -> String.join(" ", fe.pronouncer().lexicalPinyin(line));
        }
    },
    /** Surface pinyin after tone sandhi, same alignment as PINYIN. */
    SANDHI {
        @Override
        UnaryOperator<String> bind(ZhFrontEnd fe) {
            return line -> String.join(" ", fe.pronouncer().surfacePinyin(line));
        }
    },
    /** Allophone symbols the voice receives, " | " between words. */
    PHONEMES {
        @Override
        UnaryOperator<String> bind(ZhFrontEnd fe) {
            PhonemeTranscriber transcriber = new PhonemeTranscriber(fe);
            return transcriber::transcribe;
        }
    };

    abstract UnaryOperator<String> bind(ZhFrontEnd frontEnd);
}
