package marytts.neural.clone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import marytts.neural.VoicePackage;

/**
 * The consent rules every path enforces (enrollment, install, server start-up, each synthesis):
 * a package that declares itself a clone ({@code clone = true}, or a {@code consent} key) must carry
 * a complete {@link ConsentRecord} whose consent recording exists in the package with the recorded
 * sha256, whose speaker similarity reaches the threshold of the method used, and whose id is not in
 * the revocation list ({@code MARY_BASE/consent/revoked}, one id a line).
 *
 * <p>Thresholds: {@value #ENCODER_THRESHOLD} for cosine similarity of speaker-encoder embeddings;
 * {@value #STATS_THRESHOLD} for {@link SpeakerStats} vectors, a weak check (see there).
 */
public final class ConsentCheck {
    public static final double ENCODER_THRESHOLD = 0.75;
    public static final double STATS_THRESHOLD = 0.90;
    public static final String METHOD_ENCODER = "speaker-encoder-cosine";
    public static final String METHOD_STATS = SpeakerStats.VERSION + "-cosine";

    private ConsentCheck() {
    }

    public static boolean isClone(VoicePackage pkg) {
        return pkg.property("consent").isPresent()
                || Boolean.parseBoolean(pkg.property("clone").orElse("false"));
    }

    public static double threshold(String method) throws EnrollmentException {
        if (method.equals(METHOD_ENCODER)) {
            return ENCODER_THRESHOLD;
        }
        if (method.equals(METHOD_STATS)) {
            return STATS_THRESHOLD;
        }
        throw new EnrollmentException("unknown consent.speaker.method '" + method + "'");
    }

    /** The revocation list beside the voices folder: {@code VOICES/../consent/revoked}. */
    public static Path revokedList(Path voicesDir) {
        return voicesDir.toAbsolutePath().normalize().getParent().resolve("consent").resolve("revoked");
    }

    /** Validates a clone's consent; returns the record. */
    public static ConsentRecord validate(VoicePackage pkg, Path revokedList) throws EnrollmentException {
        String file = pkg.property("consent").orElse(ConsentRecord.FILE);
        if (!file.equals(ConsentRecord.FILE)) {
            throw new EnrollmentException(pkg.directory() + ": consent must be " + ConsentRecord.FILE);
        }
        ConsentRecord r = ConsentRecord.read(pkg.directory());
        try {
            OffsetDateTime.parse(r.agreedAt());
        } catch (DateTimeParseException e) {
            throw new EnrollmentException(pkg.directory() + ": agreed.at is not an ISO-8601 date-time: " + r.agreedAt());
        }
        Path audio = pkg.directory().resolve(r.consentAudio()).normalize();
        if (!audio.startsWith(pkg.directory().normalize()) || !Files.isRegularFile(audio)) {
            throw new EnrollmentException(pkg.directory() + ": consent recording " + r.consentAudio() + " is missing");
        }
        if (!Hashing.sha256(audio).equals(r.consentAudioSha256())) {
            throw new EnrollmentException(pkg.directory() + ": consent recording " + r.consentAudio()
                    + " does not match its recorded sha256");
        }
        double t = threshold(r.method());
        if (!(r.similarity() >= t)) {
            throw new EnrollmentException(String.format("%s: consent speaker similarity %.3f is below the threshold"
                    + " %.2f", pkg.directory(), r.similarity(), t));
        }
        if (isRevoked(revokedList, r.id())) {
            throw new EnrollmentException(pkg.directory() + ": consent " + r.id() + " was revoked");
        }
        return r;
    }

    public static boolean isRevoked(Path revokedList, String id) throws EnrollmentException {
        if (!Files.isRegularFile(revokedList)) {
            return false;
        }
        try {
            return Files.readAllLines(revokedList, StandardCharsets.UTF_8).stream().anyMatch(l -> l.trim().equals(id));
        } catch (IOException e) {
            throw new EnrollmentException(revokedList + ": unreadable revocation list: " + e.getMessage(), e);
        }
    }

    public static void revoke(Path revokedList, String id) throws EnrollmentException {
        try {
            Files.createDirectories(revokedList.getParent());
            Files.writeString(revokedList, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new EnrollmentException(revokedList + ": cannot record the revocation: " + e.getMessage(), e);
        }
    }
}
