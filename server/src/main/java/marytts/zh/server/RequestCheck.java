package marytts.zh.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sound.sampled.AudioFileFormat;

import marytts.config.LanguageConfig;
import marytts.config.MaryConfig;
import marytts.datatypes.MaryDataType;
import marytts.modules.synthesis.Voice;
import marytts.util.MaryUtils;
import marytts.util.data.audio.MaryAudioUtils;

/**
 * Validates the parameters of a /process request the way the stock SynthesisRequestHandler reads
 * them, but answers every problem it can see as a client error before any work starts.
 */
final class RequestCheck {
    private RequestCheck() {
    }

    /** Form / query decoding as MaryTTS does it (split on &amp;, first =, URL-decode UTF-8). */
    static Map<String, String> parseForm(String s) throws ClientError {
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ClientError(400, "malformed percent-encoding in parameter '" + XmlInputCheck.oneLine(
                        k.length() > 40 ? k.substring(0, 40) : k) + "'");
            }
        }
        return out;
    }

    /** What the check found out; the stock handler gets the same parameters. */
    record Checked(boolean streaming, String summary) {
    }

    static Checked check(Map<String, String> p, ServerLimits limits) throws ClientError {
        for (String key : new String[] { "INPUT_TEXT", "INPUT_TYPE", "OUTPUT_TYPE", "LOCALE" }) {
            if (!p.containsKey(key)) {
                throw new ClientError(400, "missing parameter " + key
                        + " (a /process request needs INPUT_TEXT, INPUT_TYPE, OUTPUT_TYPE and LOCALE)");
            }
        }
        String text = p.get("INPUT_TEXT");
        if (text.isBlank()) {
            throw new ClientError(400, "INPUT_TEXT is empty");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > limits.maxChars()) {
            throw new ClientError(413, "INPUT_TEXT has " + chars + " characters, more than the limit of "
                    + limits.maxChars());
        }
        checkCharacters(text);

        MaryDataType in = MaryDataType.get(p.get("INPUT_TYPE"));
        if (in == null || !in.isInputType()) {
            throw new ClientError(400, "unknown INPUT_TYPE '" + shortValue(p.get("INPUT_TYPE")) + "'; known: "
                    + String.join(" ", MaryDataType.getInputTypeStrings()));
        }
        MaryDataType out = MaryDataType.get(p.get("OUTPUT_TYPE"));
        if (out == null || !out.isOutputType()) {
            throw new ClientError(400, "unknown OUTPUT_TYPE '" + shortValue(p.get("OUTPUT_TYPE")) + "'; known: "
                    + String.join(" ", MaryDataType.getOutputTypeStrings()));
        }
        boolean streaming = false;
        if (out.name().contains("AUDIO")) {
            String audio = p.get("AUDIO");
            if (audio == null || audio.isEmpty()) {
                throw new ClientError(400, "missing parameter AUDIO (needed for OUTPUT_TYPE=AUDIO, e.g. WAVE_FILE)");
            }
            streaming = audio.endsWith("_STREAM");
            String base = audio.lastIndexOf('_') >= 0 ? audio.substring(0, audio.lastIndexOf('_')) : audio;
            AudioFileFormat.Type type = null;
            try {
                type = MaryAudioUtils.getAudioFileFormatType(base);
            } catch (RuntimeException e) {
                // unknown
            }
            if (type == null || "MP3".equals(type.toString()) || "Vorbis".equals(type.toString())) {
                throw new ClientError(400, "unknown or unsupported AUDIO '" + shortValue(audio)
                        + "'; use WAVE_FILE, AU_FILE, AIFF_FILE or AU_STREAM");
            }
            if (streaming && type != AudioFileFormat.Type.AU) {
                // MaryTTS 5.2.1 cannot stream WAVE/AIFF (the request hangs): refuse instead
                throw new ClientError(400, "AUDIO '" + shortValue(audio)
                        + "' cannot be streamed; use AU_STREAM or a _FILE format");
            }
        }

        String localeName = p.get("LOCALE");
        Locale locale = localeName.isBlank() ? null : MaryUtils.string2locale(localeName.trim());
        if (locale == null || !knownLocales().contains(locale)) {
            throw new ClientError(400, "unknown LOCALE '" + shortValue(localeName) + "'; available: "
                    + String.join(" ", localeNames()));
        }
        String voiceName = p.get("VOICE");
        Voice v = null;
        if (voiceName != null && !voiceName.isEmpty()) {
            if (voiceName.equals("male") || voiceName.equals("female")) {
                v = Voice.getVoice(locale, new Voice.Gender(voiceName));
            } else {
                v = Voice.getVoice(voiceName);
            }
            if (v == null) {
                Set<String> names = new TreeSet<>();
                for (Voice x : Voice.getAvailableVoices()) {
                    names.add(x.getName());
                }
                throw new ClientError(400, "unknown VOICE '" + shortValue(voiceName) + "' for LOCALE " + locale
                        + "; available: " + String.join(" ", names));
            }
        }
        if (in.isXMLType()) {
            XmlInputCheck.check(text, in.name(), limits);
        }
        CloneEffectsCheck.check(p, locale, v, in.isXMLType(), text);
        return new Checked(streaming, in.name() + "->" + out.name() + " " + locale + " " + chars + " chars");
    }

    /** Characters XML 1.0 cannot carry (MaryTTS turns all input into XML): C0 controls, lone surrogates, U+FFFE/F. */
    static void checkCharacters(String text) throws ClientError {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            String what;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                what = "an unpaired surrogate";
                if (!bad) {
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
                what = "an unpaired surrogate";
            } else {
                bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
                what = "the control character";
            }
            if (bad) {
                throw new ClientError(400, "INPUT_TEXT contains " + what + " U+" + String.format("%04X", (int) c)
                        + " at offset " + i + "; remove it");
            }
        }
    }

    static Set<Locale> knownLocales() {
        Set<Locale> s = new java.util.HashSet<>();
        for (LanguageConfig lc : MaryConfig.getLanguageConfigs()) {
            s.addAll(lc.getLocales());
        }
        for (Voice v : Voice.getAvailableVoices()) {
            s.add(v.getLocale());
        }
        return s;
    }

    private static Set<String> localeNames() {
        Set<String> names = new TreeSet<>();
        for (Locale l : knownLocales()) {
            names.add(l.toString());
        }
        return names;
    }

    static String shortValue(String v) {
        String t = XmlInputCheck.oneLine(v).replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
