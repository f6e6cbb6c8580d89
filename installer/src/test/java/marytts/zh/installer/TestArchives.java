package marytts.zh.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Crafted archives and voice directories for the installer tests. */
final class TestArchives {
    static final Path TINY = Paths.get("..", "voices", "zh-tiny-test").toAbsolutePath().normalize();

    private TestArchives() {
    }

    /** A copy of the repository's zh-tiny-test voice package (no training script). */
    static Path tinyVoice(Path parent) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("zh-tiny-test"));
        for (String f : List.of("voice.properties", "acoustic.pt", "vocoder.pt", "LICENSE")) {
            Files.copy(TINY.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** The files of the tiny voice as zip entries under neural-voices/NAME/. */
    static Map<String, byte[]> tinyEntries(UnaryOperator<String> editProperties) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String props = Files.readString(TINY.resolve("voice.properties"), StandardCharsets.UTF_8);
        m.put("neural-voices/zh-tiny-test/voice.properties", editProperties.apply(props).getBytes(StandardCharsets.UTF_8));
        m.put("neural-voices/zh-tiny-test/acoustic.pt", Files.readAllBytes(TINY.resolve("acoustic.pt")));
        m.put("neural-voices/zh-tiny-test/vocoder.pt", Files.readAllBytes(TINY.resolve("vocoder.pt")));
        return m;
    }

    /** A neural component descriptor whose checksums match {@code entries} (before {@code edit}). */
    static ComponentDescriptor descriptor(Map<String, byte[]> entries, String contract) {
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((k, v) -> sums.put(k, sha256(v)));
        return new ComponentDescriptor("zh-tiny-test", "zh_CN", "female", "neural", "1.0.0", "test", "Apache-2.0",
                "https://spdx.org/licenses/Apache-2.0.html", "zh-tiny-test-1.0.0.zip", -1, null, null, contract,
                "zh_CN", "5.2.1", sums, List.of());
    }

    /** Writes a zip with the component XML embedded at its root, then {@code entries}. */
    static Path ourZip(Path file, Map<String, byte[]> entries, ComponentDescriptor c) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("zh-tiny-test-1.0.0-component.xml", ComponentXml.write(c, false));
        all.putAll(entries);
        return zip(file, all);
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, zipBytes(entries));
        return file;
    }

    static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    /** Marks entry {@code index} as a Unix symbolic link in the central directory (what `zip --symlinks` writes). */
    static void markSymlink(Path zip, int index) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        int p = ZipCentralDirectory.recordOffset(b, index);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort(p + 4, (short) ((3 << 8) | 20));
        buf.putInt(p + 38, 0120777 << 16);
        Files.write(zip, b);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
