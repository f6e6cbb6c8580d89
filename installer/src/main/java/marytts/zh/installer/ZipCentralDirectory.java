package marytts.zh.installer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the raw central directory of a zip for what {@link java.util.zip.ZipEntry} hides: the
 * creating host and the external attributes, i.e. the Unix file mode (symlinks, devices). Zip64
 * archives are not read (voices fit in 4 GB).
 */
final class ZipCentralDirectory {
    static final int UNIX_HOST = 3;
    private static final int EOCD_SIG = 0x06054b50;
    private static final int CEN_SIG = 0x02014b50;

    /** One central-directory record: entry name, creating host, Unix mode (0 when not from Unix). */
    record Record(String name, int host, int unixMode) {
        boolean isSymlink() {
            return host == UNIX_HOST && (unixMode & 0xF000) == 0xA000;
        }

        boolean isSpecial() {
            int type = unixMode & 0xF000;
            return host == UNIX_HOST && type != 0 && type != 0x8000 && type != 0x4000;
        }
    }

    private ZipCentralDirectory() {
    }

    static List<Record> read(Path zip) throws AdminException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD_SIG) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new RefusedException(zip.getFileName() + " is not a zip archive (no end of central directory)");
            }
            int count = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
                throw new RefusedException(zip.getFileName() + " is a zip64 archive, which voice-admin does not read");
            }
            if (cdOffset + cdSize > size || cdSize > Integer.MAX_VALUE) {
                throw new RefusedException(zip.getFileName() + " has a corrupt central directory");
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(cd, cdOffset);
            List<Record> out = new ArrayList<>();
            int p = 0;
            for (int i = 0; i < count; i++) {
                if (p + 46 > cdSize || cd.getInt(p) != CEN_SIG) {
                    throw new RefusedException(zip.getFileName() + " has a corrupt central directory");
                }
                int host = Short.toUnsignedInt(cd.getShort(p + 4)) >>> 8;
                int nameLen = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLen = Short.toUnsignedInt(cd.getShort(p + 30));
                int commentLen = Short.toUnsignedInt(cd.getShort(p + 32));
                int external = cd.getInt(p + 38);
                if (p + 46 + nameLen > cdSize) {
                    throw new RefusedException(zip.getFileName() + " has a corrupt central directory");
                }
                byte[] name = new byte[nameLen];
                cd.get(p + 46, name);
                out.add(new Record(new String(name, StandardCharsets.UTF_8), host, external >>> 16));
                p += 46 + nameLen + extraLen + commentLen;
            }
            return out;
        } catch (IOException e) {
            throw new AdminException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /** Offset of the central-directory record of {@code index} (tests patch modes there). */
    static int recordOffset(byte[] zip, int index) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= 0; i--) {
            if (b.getInt(i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        int p = b.getInt(eocd + 16);
        for (int i = 0; i < index; i++) {
            p += 46 + Short.toUnsignedInt(b.getShort(p + 28)) + Short.toUnsignedInt(b.getShort(p + 30))
                    + Short.toUnsignedInt(b.getShort(p + 32));
        }
        return p;
    }
}
