package marytts.zh.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import marytts.datatypes.MaryDataType;
import marytts.modules.synthesis.Voice;
import marytts.neural.OutputScope;
import marytts.server.Request;
import marytts.server.http.SynthesisRequestHandler;
import marytts.util.MaryUtils;

/**
 * AUDIO=AU_STREAM, run by this server instead of the stock handler. The stock handler runs the
 * whole text through every MaryTTS module before the first byte of audio (so first audio grew
 * with the text), and when synthesis failed it never closed the stream, so the client hung until
 * the time limit. Here plain text is cut into sentences ({@link TextChunks}); each piece is a
 * MaryTTS request of its own, made while the previous one is heard; the HTTP answer starts only
 * when the first piece has audio, so a request that fails at once still gets an error status,
 * and a later failure cuts the stream off at once. Other input types (SSML, MaryXML) are one
 * piece. The pieces are one {@link OutputScope}, so a cloned voice's watermark runs on across
 * them. The bytes are the stock format: an AU header of unknown length, then the samples.
 */
final class StreamedSynthesis {
    /** Pieces after the first gather sentences up to this many characters: fewer requests, same audio. */
    static final int PIECE_CHARS = 300;
    private static final AtomicInteger MARY_IDS = new AtomicInteger(1_000_000);

    private final MaryDataType inputType;
    private final Locale locale;
    private final Voice voice;
    private final String effects;
    private final String style;
    private final String outputTypeParams;
    private final AudioFileFormat fileFormat;
    private final List<String> pieces;

    private StreamedSynthesis(MaryDataType inputType, Locale locale, Voice voice, String effects, String style,
            String outputTypeParams, List<String> pieces) {
        this.inputType = inputType;
        this.locale = locale;
        this.voice = voice;
        this.effects = effects;
        this.style = style;
        this.outputTypeParams = outputTypeParams;
        this.pieces = pieces;
        this.fileFormat = new AudioFileFormat(AudioFileFormat.Type.AU, voice.dbAudioFormat(), AudioSystem.NOT_SPECIFIED);
    }

    /**
     * The plan for an AU_STREAM request, or null when the stock handler should answer it: other
     * outputs, and parameters it refuses with its own messages (unknown voice, type or locale).
     */
    static StreamedSynthesis plan(Map<String, String> params) {
        if (Boolean.getBoolean("mary.server.stockStreaming")) {
            return null; // the stock handler's streaming, for comparison
        }
        if (!"AUDIO".equals(params.get("OUTPUT_TYPE")) || !"AU_STREAM".equals(params.get("AUDIO"))) {
            return null;
        }
        MaryDataType inputType = MaryDataType.get(params.getOrDefault("INPUT_TYPE", ""));
        Locale locale = MaryUtils.string2locale(params.getOrDefault("LOCALE", ""));
        String text = params.get("INPUT_TEXT");
        if (inputType == null || !inputType.isInputType() || locale == null || text == null) {
            return null;
        }
        String name = params.get("VOICE");
        Voice voice;
        if (name == null) {
            voice = Voice.getDefaultVoice(locale);
        } else if (name.equals("male") || name.equals("female")) {
            voice = Voice.getVoice(locale, new Voice.Gender(name));
        } else {
            voice = Voice.getVoice(name);
        }
        if (voice == null) {
            return null;
        }
        List<String> pieces = "TEXT".equals(inputType.name()) ? TextChunks.split(text, PIECE_CHARS) : List.of(text);
        if (pieces.isEmpty()) {
            pieces = List.of(text);
        }
        return new StreamedSynthesis(inputType, locale, voice, EffectParams.of(params), params.getOrDefault("STYLE", ""),
                params.get("OUTPUT_TYPE_PARAMS"), pieces);
    }

    int pieces() {
        return pieces.size();
    }

    AudioFileFormat fileFormat() {
        return fileFormat;
    }

    /**
     * Runs MaryTTS on each piece in turn and hands its audio to {@code out}; stops when the reader
     * has gone. Failures are handed over, never thrown.
     */
    void produce(ChunkedAudio out, String requestId) {
        AudioFormat target = fileFormat.getFormat();
        // the pieces are one output: a cloned voice's watermark runs on across them (the detector
        // folds the whole file onto the mark's period, so a mark restarted per piece is unreadable)
        try (OutputScope output = OutputScope.open()) {
            for (int i = 0; i < pieces.size() && !out.cancelled(); i++) {
                Request r = new Request(inputType, MaryDataType.AUDIO, locale, voice, effects, style,
                        MARY_IDS.incrementAndGet(), fileFormat, false, outputTypeParams);
                try {
                    r.setInputData(pieces.get(i));
                } catch (Exception e) {
                    out.fail(new InputException(e));
                    return;
                }
                r.process();
                AudioInputStream audio = r.getOutputData().getAudio();
                if (audio == null) {
                    throw new IllegalStateException("MaryTTS gave no audio for piece " + (i + 1));
                }
                if (!audio.getFormat().matches(target)) {
                    audio = AudioSystem.getAudioInputStream(target, audio);
                }
                if (!out.offer(audio)) {
                    return;
                }
            }
            out.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.cancel();
        } catch (Exception e) {
            Responses.LOG.info("request " + requestId + ": streamed synthesis failed: " + e);
            try {
                out.fail(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                out.cancel();
            }
        }
    }

    /** MaryTTS could not read the input (e.g. malformed SSML): the client's fault, not the server's. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The stock parsing of effect_NAME_selected / effect_NAME_parameters, reached through its subclass. */
    private static final class EffectParams extends SynthesisRequestHandler {
        private static final EffectParams INSTANCE = new EffectParams();

        static String of(Map<String, String> params) {
            return INSTANCE.toRequestedAudioEffectsString(params);
        }
    }
}
