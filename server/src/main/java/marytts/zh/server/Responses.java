package marytts.zh.server;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.apache.http.util.EntityUtils;
import org.apache.log4j.Logger;

import marytts.util.MaryUtils;

/**
 * One-line text/plain answers, and the rewriting of the stock handlers' HTML error pages (which
 * carry Java stack traces and echo input unescaped) into them.
 */
final class Responses {
    static final Logger LOG = MaryUtils.getLogger("server.guard");
    private static final Pattern AUDIO_LIMIT = Pattern.compile("request would give [^<\\n]*? of audio, more than the limit of [0-9]+ s");
    private static final Pattern NEURAL_TIMEOUT = Pattern.compile("synthesis took longer than [0-9]+ ms");

    private Responses() {
    }

    static void text(HttpResponse r, int status, String message, String requestId) {
        r.setStatusCode(status);
        r.setReasonPhrase(org.apache.http.impl.EnglishReasonPhraseCatalog.INSTANCE.getReason(status,
                java.util.Locale.ENGLISH));
        NByteArrayEntity e = new NByteArrayEntity((message + "\n").getBytes(StandardCharsets.UTF_8));
        e.setContentType("text/plain; charset=UTF-8");
        r.setEntity(e);
        r.setHeader("X-Content-Type-Options", "nosniff");
        if (requestId != null) {
            r.setHeader("X-Request-Id", requestId);
        }
    }

    static void busy(HttpResponse r, String message, String requestId, int retryAfterSeconds) {
        text(r, 503, message, requestId);
        r.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /**
     * Copies a stock handler's answer into {@code out}, rewriting anything that is not a success
     * into one line of text. Returns the final status.
     */
    static int sanitize(HttpResponse stock, HttpResponse out, String requestId, int retryAfterSeconds, String what) {
        int status = stock.getStatusLine().getStatusCode();
        HttpEntity entity = stock.getEntity();
        if (status < 400 && (entity != null || status == 204 || status == 304)) {
            out.setStatusCode(status);
            out.setEntity(entity);
            for (org.apache.http.Header h : stock.getAllHeaders()) {
                out.addHeader(h);
            }
            return status;
        }
        String body = "";
        try {
            body = entity == null ? "" : EntityUtils.toString(entity, "UTF-8");
        } catch (Exception e) {
            body = "";
        }
        if (status >= 400 && status < 500) {
            String msg = htmlToLine(body);
            text(out, status, msg.isEmpty() ? "bad request" : msg, requestId);
            return status;
        }
        // 5xx, or a success without any body (a stock handler swallowed a RuntimeException)
        return failure(body, out, requestId, retryAfterSeconds, what);
    }

    /**
     * A request that failed inside MaryTTS, from the exception instead of a stock error page (the
     * streamed path runs MaryTTS itself); same classification as {@link #sanitize}.
     */
    static int failure(Throwable t, boolean readingInput, HttpResponse out, String requestId, int retryAfterSeconds,
            String what) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        return failure((readingInput ? "Problem reading input\n" : "") + trace, out, requestId, retryAfterSeconds,
                what);
    }

    private static int failure(String body, HttpResponse out, String requestId, int retryAfterSeconds, String what) {
        Matcher m = AUDIO_LIMIT.matcher(body);
        if (m.find()) {
            text(out, 413, m.group(), requestId);
            return 413;
        }
        m = NEURAL_TIMEOUT.matcher(body);
        if (m.find()) {
            busy(out, m.group() + "; try a shorter text or later", requestId, retryAfterSeconds);
            return 503;
        }
        if (body.contains("no processing path through modules")) {
            text(out, 400, "no processing path for this request (" + what
                    + "): the LOCALE, VOICE, INPUT_TYPE and OUTPUT_TYPE do not go together", requestId);
            return 400;
        }
        if (body.contains("Problem reading input")) {
            String cause = lastCause(body);
            text(out, 400, "INPUT_TEXT could not be read (" + what + ")" + (cause.isEmpty() ? "" : ": " + cause),
                    requestId);
            LOG.info("request " + requestId + ": input refused by MaryTTS: " + XmlInputCheck.oneLine(body));
            return 400;
        }
        LOG.error("request " + requestId + " (" + what + ") failed:\n" + htmlToText(body));
        text(out, 500, "internal error, request id " + requestId, requestId);
        return 500;
    }

    /** The message of the innermost exception in a stock HTML stack trace, without frames. */
    static String lastCause(String body) {
        String text = htmlToText(body);
        String last = "";
        for (String line : text.split("\n")) {
            String l = line.trim();
            if (l.startsWith("Caused by: ")) {
                last = l.substring("Caused by: ".length());
            } else if (last.isEmpty() && l.matches("^[a-zA-Z_$][\\w$.]*(Exception|Error)(: .*)?$")) {
                last = l;
            }
        }
        // drop the exception class name, keep the message
        int colon = last.indexOf(": ");
        String msg = colon >= 0 && last.substring(0, colon).matches("[\\w$.]+") ? last.substring(colon + 2) : last;
        msg = msg.replaceAll("\\bat [a-z]+\\.[\\w$.]+\\(.*?\\)", "");
        return XmlInputCheck.oneLine(msg);
    }

    static String htmlToText(String html) {
        return html.replaceAll("(?s)<pre>", "\n").replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    static String htmlToLine(String html) {
        String t = htmlToText(html);
        t = t.replaceAll("^\\s*(Bad request|File not found|Internal server error)\\s+", "");
        return XmlInputCheck.oneLine(t.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?"));
    }
}
