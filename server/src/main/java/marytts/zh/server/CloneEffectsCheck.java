package marytts.zh.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import marytts.modules.synthesis.Voice;
import marytts.neural.NeuralVoice;
import marytts.neural.clone.ConsentCheck;

/**
 * Refuses MaryTTS audio effects on a cloned voice. The stock synthesis pipeline applies effects
 * after the synthesizer has marked the audio, and some of them wipe the mark out (measured on a
 * clone's 13 s output: Robot, Whisper and JetPilot took the detector's score from 18 to under 4;
 * Chorus, Stadium and TractScaler kept it above 15), so every output of a clone could no longer be
 * traced. Effects come as {@code effect_NAME_selected=on} parameters (the web page's effect
 * panel) or as {@code effect} attributes in MaryXML input; a request that selects any while it
 * can reach a clone (its VOICE, the locale's default voice, or a clone named in XML input) is a
 * client error. Other voices keep every effect.
 */
final class CloneEffectsCheck {
    private CloneEffectsCheck() {
    }

    static void check(Map<String, String> p, Locale locale, Voice chosen, boolean xmlInput, String text)
            throws ClientError {
        TreeSet<String> effects = new TreeSet<>();
        for (Map.Entry<String, String> e : p.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("effect_") && k.endsWith("_selected") && "on".equals(e.getValue())
                    && k.length() > "effect__selected".length()) {
                effects.add(k.substring("effect_".length(), k.length() - "_selected".length()));
            }
        }
        boolean xmlEffects = xmlInput && text.contains("effect=");
        if (effects.isEmpty() && !xmlEffects) {
            return;
        }
        Voice target = chosen != null ? chosen : Voice.getDefaultVoice(locale);
        for (Voice v : Voice.getAvailableVoices()) {
            if (!(v instanceof NeuralVoice) || !ConsentCheck.isClone(((NeuralVoice) v).voicePackage())) {
                continue;
            }
            boolean reached = v == target || xmlInput && text.contains(v.getName());
            if (reached) {
                throw new ClientError(400, "audio effects are not applied to the cloned voice '" + v.getName()
                        + "': they can remove the watermark its output must carry (requested: "
                        + (effects.isEmpty() ? "effect attributes in the input" : String.join(", ", effects))
                        + "); use SSML prosody (rate, pitch, volume) instead");
            }
        }
    }
}
