package marytts.zh.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inspects and extracts zip archives defensively: refuses zip-slip names ({@code ..}), absolute
 * paths, backslashes and control characters, duplicate names, symlinks and other special entries,
 * and zip bombs (entry count, total inflated bytes and per-entry compression ratio, counted on the
 * bytes actually inflated). Every refusal is a {@link RefusedException} with a one-line reason.
 */
public final class SafeZip {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** One entry as the central directory declares it. */
    public record Entry(String name, boolean directory, long declaredSize, long compressedSize) {
    }

    private SafeZip() {
    }

    /** Checks every entry's name and kind and the declared sizes; returns the entries in zip order. */
    public static List<Entry> inspect(Path zip, ZipLimits limits) throws AdminException {
        List<ZipCentralDirectory.Record> raw = ZipCentralDirectory.read(zip);
        if (raw.size() > limits.maxEntries()) {
            throw new RefusedException("zip bomb guard: " + raw.size() + " entries (limit " + limits.maxEntries() + ")");
        }
        for (ZipCentralDirectory.Record r : raw) {
            checkName(r.name());
            if (r.isSymlink()) {
                throw new RefusedException("entry '" + r.name() + "' is a symbolic link");
            }
            if (r.isSpecial()) {
                throw new RefusedException("entry '" + r.name() + "' is not a regular file or directory");
            }
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() != raw.size()) {
                throw new RefusedException(zip.getFileName() + " has an inconsistent central directory");
            }
            Enumeration<? extends ZipEntry> en = zf.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                checkName(name);
                String key = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                if (!seen.add(key)) {
                    throw new RefusedException("entry '" + name + "' occurs twice");
                }
                long size = e.getSize();
                long csize = e.getCompressedSize();
                if (size >= 0) {
                    total += size;
                    checkRatio(name, size, csize, limits);
                }
                if (total > limits.maxTotalBytes()) {
                    throw new RefusedException("zip bomb guard: entries declare more than " + limits.maxTotalBytes()
                            + " bytes in total");
                }
                out.add(new Entry(name, e.isDirectory(), size, csize));
            }
        } catch (ZipException e) {
            throw new RefusedException(zip.getFileName() + " is not a valid zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new AdminException("cannot read " + zip + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The bytes of one small entry (e.g. an embedded component XML), at most {@code max} bytes. */
    public static byte[] readEntry(Path zip, String name, int max) throws AdminException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            ZipEntry e = zf.getEntry(name);
            if (e == null) {
                return null;
            }
            try (InputStream in = zf.getInputStream(e)) {
                byte[] b = in.readNBytes(max + 1);
                if (b.length > max) {
                    throw new RefusedException("entry '" + name + "' is larger than " + max + " bytes");
                }
                return b;
            }
        } catch (IOException e) {
            throw new AdminException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Extracts the entries {@code include} accepts under {@code target} (which must exist), after
     * {@link #inspect}; bounds the inflated bytes again while writing. Returns the extracted file names.
     */
    public static List<String> extract(Path zip, Path target, Predicate<String> include, ZipLimits limits)
            throws AdminException {
        inspect(zip, limits);
        Path root = target.toAbsolutePath().normalize();
        List<String> files = new ArrayList<>();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> en = zf.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!include.test(e.getName())) {
                    continue;
                }
                Path out = root.resolve(e.getName()).normalize();
                if (!out.startsWith(root) || out.equals(root)) {
                    throw new RefusedException("entry '" + e.getName() + "' escapes the install directory (zip-slip)");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                long written = 0;
                try (InputStream in = zf.getInputStream(e);
                        OutputStream os = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                    for (int n; (n = in.read(buf)) > 0;) {
                        written += n;
                        total += n;
                        if (total > limits.maxTotalBytes()) {
                            throw new RefusedException("zip bomb guard: more than " + limits.maxTotalBytes()
                                    + " bytes inflated");
                        }
                        if (e.getSize() >= 0 && written > e.getSize()) {
                            throw new RefusedException("entry '" + e.getName() + "' inflates to more than the "
                                    + e.getSize() + " bytes it declares");
                        }
                        checkRatio(e.getName(), written, e.getCompressedSize(), limits);
                        os.write(buf, 0, n);
                    }
                }
                files.add(e.getName());
            }
        } catch (ZipException e) {
            throw new RefusedException(zip.getFileName() + " is not a valid zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new AdminException("cannot extract " + zip + ": " + e.getMessage(), e);
        }
        return files;
    }

    static void checkName(String name) throws RefusedException {
        if (name.isEmpty()) {
            throw new RefusedException("an entry has an empty name");
        }
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                throw new RefusedException("entry name contains a control character: '" + printable(name) + "'");
            }
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw new RefusedException("entry '" + name + "' has an absolute path");
        }
        if (name.indexOf('\\') >= 0) {
            throw new RefusedException("entry '" + name + "' contains a backslash");
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String seg : body.split("/", -1)) {
            if (seg.equals("..")) {
                throw new RefusedException("entry '" + name + "' escapes the install directory (zip-slip)");
            }
            if (seg.isEmpty() || seg.equals(".")) {
                throw new RefusedException("entry '" + name + "' is not a canonical relative path");
            }
        }
    }

    private static void checkRatio(String name, long size, long compressed, ZipLimits limits) throws RefusedException {
        if (size > ZipLimits.RATIO_FLOOR_BYTES && compressed >= 0
                && size > Math.max(1, compressed) * limits.maxRatio()) {
            throw new RefusedException("zip bomb guard: entry '" + name + "' has a compression ratio above "
                    + limits.maxRatio() + ":1");
        }
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
