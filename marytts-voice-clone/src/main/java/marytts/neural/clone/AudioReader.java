package marytts.neural.clone;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.jflac.sound.spi.FlacAudioFileReader;
import org.jflac.sound.spi.FlacFormatConversionProvider;


/**
 * Reads enrollment audio into mono float samples at the file's own rate. The container is chosen
 * by the file's first bytes, not its name: {@code RIFF....WAVE} through the JDK's WAV reader,
 * {@code fLaC} through JFLAC ({@code org.jflac:jflac-codec}), {@code OggS} through JOrbis
 * ({@code com.googlecode.soundlibs}, see {@link OggVorbisDecoder}), {@code .snd} (Sun/NeXT AU, what a
 * MaryTTS server sends for {@code AUDIO=AU_STREAM} and {@code AU_FILE}) through the JDK's AU reader. The decoders' classes are called directly rather than through
 * {@link AudioSystem}'s service lookup, so another SPI on the classpath cannot claim a file. All
 * channels are averaged (mono mix). Anything else is refused with one line naming the file.
 */
public final class AudioReader {
    /** Longest file read (about 15 minutes of 48 kHz stereo 16-bit): a guard against huge inputs. */
    static final long MAX_BYTES = 200L << 20;

    private AudioReader() {
    }

    public static AudioClip read(Path file) throws EnrollmentException {
        if (!Files.isRegularFile(file)) {
            throw new EnrollmentException(file + ": no such file");
        }
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
            if (Files.size(file) > MAX_BYTES) {
                throw new EnrollmentException(file + ": larger than " + (MAX_BYTES >> 20) + " MB");
            }
        } catch (IOException e) {
            throw new EnrollmentException(file + ": unreadable: " + e.getMessage(), e);
        }
        String kind = sniff(head, n);
        if (kind == null) {
            throw new EnrollmentException(file + ": not audio (expected WAV, AU, FLAC or Ogg Vorbis)");
        }
        if (kind.equals("ogg")) {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return OggVorbisDecoder.decode(raw, 2 * MAX_BYTES, file.toString());
            } catch (IOException | RuntimeException e) {
                throw new EnrollmentException(file + ": corrupt ogg audio: " + e, e);
            }
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            AudioInputStream pcm;
            if (kind.equals("wav") || kind.equals("au")) {
                pcm = toPcm16(AudioSystem.getAudioInputStream(raw));
            } else {
                AudioInputStream encoded = new FlacAudioFileReader().getAudioInputStream(raw);
                pcm = new FlacFormatConversionProvider().getAudioInputStream(pcmTarget(encoded.getFormat()), encoded);
            }
            return decode(pcm, file);
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new EnrollmentException(file + ": not readable as " + kind + " audio: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new EnrollmentException(file + ": corrupt " + kind + " audio: " + e, e);
        }
    }

    static String sniff(byte[] h, int n) {
        if (n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W' && h[9] == 'A'
                && h[10] == 'V' && h[11] == 'E') {
            return "wav";
        }
        if (n >= 4 && h[0] == 'f' && h[1] == 'L' && h[2] == 'a' && h[3] == 'C') {
            return "flac";
        }
        if (n >= 4 && h[0] == 'O' && h[1] == 'g' && h[2] == 'g' && h[3] == 'S') {
            return "ogg";
        }
        if (n >= 4 && h[0] == '.' && h[1] == 's' && h[2] == 'n' && h[3] == 'd') {
            return "au";
        }
        return null;
    }

    private static AudioFormat pcmTarget(AudioFormat src) {
        int channels = Math.max(1, src.getChannels());
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, src.getSampleRate(), 16, channels, 2 * channels,
                src.getSampleRate(), false);
    }

    private static AudioInputStream toPcm16(AudioInputStream in) {
        AudioFormat f = in.getFormat();
        boolean ok = f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED) && f.getSampleSizeInBits() == 16
                && !f.isBigEndian();
        return ok ? in : AudioSystem.getAudioInputStream(pcmTarget(f), in);
    }

    private static AudioClip decode(AudioInputStream pcm, Path file) throws IOException, EnrollmentException {
        AudioFormat f = pcm.getFormat();
        int channels = Math.max(1, f.getChannels());
        int rate = Math.round(f.getSampleRate());
        if (rate < 4000 || rate > 192000) {
            throw new EnrollmentException(file + ": unsupported sample rate " + f.getSampleRate());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        int empty = 0;
        // Tritonus-based decoders (Vorbis) may return 0 bytes before the end: only -1 ends the stream
        while ((n = pcm.read(buf)) >= 0) {
            if (n == 0) {
                if (++empty > 10_000) {
                    throw new EnrollmentException(file + ": decoder stalled");
                }
                continue;
            }
            empty = 0;
            bytes.write(buf, 0, n);
            if (bytes.size() > 4 * MAX_BYTES) {
                throw new EnrollmentException(file + ": decodes to more audio than allowed");
            }
        }
        byte[] b = bytes.toByteArray();
        int frames = b.length / (2 * channels);
        float[] mono = new float[frames];
        for (int i = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                int o = (i * channels + c) * 2;
                sum += (short) ((b[o] & 0xff) | (b[o + 1] << 8)) / 32768f;
            }
            mono[i] = sum / channels;
        }
        return new AudioClip(mono, rate);
    }
}
