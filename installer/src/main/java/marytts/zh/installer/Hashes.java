package marytts.zh.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lowercase hex digests of files. */
public final class Hashes {
    private Hashes() {
    }

    public static String sha256(Path file) throws IOException {
        return digest(file, "SHA-256");
    }

    /** MD5 only for MaryTTS's {@code md5sum} attribute (compatibility); trust is based on sha256. */
    public static String md5(Path file) throws IOException {
        return digest(file, "MD5");
    }

    private static String digest(Path file, String algorithm) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
