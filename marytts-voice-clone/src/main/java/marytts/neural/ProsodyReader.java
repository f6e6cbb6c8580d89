package marytts.neural;

import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads SSML/MaryXML {@code prosody} ancestors (rate, pitch, volume) into model controls. Nested
 * prosody elements multiply. Unknown values are ignored (neutral), never an error.
 */
final class ProsodyReader {
    private ProsodyReader() {
    }

    static ProsodyControls controlsFor(Element element) {
        float duration = 1f;
        float pitch = 1f;
        float energy = 1f;
        for (Node n = element.getParentNode(); n instanceof Element; n = n.getParentNode()) {
            Element e = (Element) n;
            if (!"prosody".equals(e.getTagName())) {
                continue;
            }
            duration /= rate(e.getAttribute("rate"));
            pitch *= pitch(e.getAttribute("pitch"));
            energy *= volume(e.getAttribute("volume"));
        }
        return new ProsodyControls(duration, pitch, energy);
    }

    /** Speaking-rate factor: 2.0 = twice as fast. */
    static float rate(String v) {
        switch (norm(v)) {
        case "": case "default": case "medium": return 1f;
        case "x-slow": return 0.6f;
        case "slow": return 0.8f;
        case "fast": return 1.25f;
        case "x-fast": return 1.6f;
        default: return relative(norm(v), 1f);
        }
    }

    static float pitch(String v) {
        String s = norm(v);
        switch (s) {
        case "": case "default": case "medium": return 1f;
        case "x-low": return 0.75f;
        case "low": return 0.88f;
        case "high": return 1.15f;
        case "x-high": return 1.3f;
        default:
            if (s.endsWith("st")) {
                Float st = parse(s.substring(0, s.length() - 2));
                return st == null ? 1f : (float) Math.pow(2, st / 12.0);
            }
            if (s.endsWith("hz")) {
                return 1f; // absolute or relative Hz needs the voice's mean F0; leave neutral
            }
            return relative(s, 1f);
        }
    }

    static float volume(String v) {
        String s = norm(v);
        switch (s) {
        case "": case "default": case "medium": return 1f;
        case "silent": return 0.1f;
        case "x-soft": return 0.4f;
        case "soft": return 0.7f;
        case "loud": return 1.4f;
        case "x-loud": return 1.8f;
        default:
            if (s.endsWith("db")) {
                Float db = parse(s.substring(0, s.length() - 2));
                return db == null ? 1f : (float) Math.pow(10, db / 20.0);
            }
            return relative(s, 1f);
        }
    }

    /** "+20%", "-10%", "80%", or a plain factor "1.5". */
    private static float relative(String s, float fallback) {
        if (s.endsWith("%")) {
            Float f = parse(s.substring(0, s.length() - 1));
            if (f == null) {
                return fallback;
            }
            boolean signed = s.startsWith("+") || s.startsWith("-");
            return signed ? 1f + f / 100f : f / 100f;
        }
        Float f = parse(s);
        return f == null || f <= 0 ? fallback : f;
    }

    private static Float parse(String s) {
        try {
            float f = Float.parseFloat(s);
            return Float.isFinite(f) ? f : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String norm(String v) {
        return v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    }
}
