package marytts.neural.clone;

import java.io.IOException;
import java.io.InputStream;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

/**
 * Ogg Vorbis to mono float samples through JOrbis's page, packet and synthesis API
 * ({@code com.googlecode.soundlibs:jorbis}), driven here instead of through VorbisSPI: VorbisSPI's
 * stream returned no samples at all for 183 of the first 300 short (0.2-0.3 s, one or two Ogg pages)
 * recordings of Debian's gcin-voice, which plain libvorbis decodes fine. This loop hands every page
 * to the decoder up to the end-of-stream page, so nothing is dropped at the end. Only the first
 * logical stream of a chained file is read.
 */
final class OggVorbisDecoder {
    private static final int CHUNK = 8192;

    private final InputStream in;
    private final long maxSamples;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info info = new Info();
    private final Comment comment = new Comment();
    private final DspState dsp = new DspState();
    private final Block block = new Block(dsp);
    private float[] out = new float[1 << 16];
    private int length;

    private OggVorbisDecoder(InputStream in, long maxSamples) {
        this.in = in;
        this.maxSamples = maxSamples;
    }

    /** Decodes the whole stream; throws with a one-line reason when it is not Ogg Vorbis or breaks off. */
    static AudioClip decode(InputStream in, long maxSamples, String name) throws IOException, EnrollmentException {
        return new OggVorbisDecoder(in, maxSamples).run(name);
    }

    private AudioClip run(String name) throws IOException, EnrollmentException {
        sync.init();
        info.init();
        comment.init();
        try {
            readHeaders(name);
            dsp.synthesis_init(info);
            block.init(dsp);
            boolean end = false;
            while (!end) {
                int result = sync.pageout(page);
                if (result == 0) { // needs more bytes
                    if (!feed()) {
                        break; // no end-of-stream page: keep what was decoded (a cut-off recording)
                    }
                    continue;
                }
                if (result < 0) {
                    continue; // a gap in the data; the decoder resynchronises on the next page
                }
                stream.pagein(page);
                drainPackets(name);
                end = page.eos() != 0;
                if (end && page.granulepos() >= 0 && page.granulepos() < length) {
                    length = (int) page.granulepos(); // the last block is padded; the granule position says where the audio ends
                }
            }
            if (length == 0) {
                throw new EnrollmentException(name + ": Ogg Vorbis stream without audio");
            }
            return new AudioClip(java.util.Arrays.copyOf(out, length), info.rate);
        } finally {
            stream.clear();
            block.clear();
            dsp.clear();
            info.clear();
            sync.clear();
        }
    }

    /** The three Vorbis header packets (identification, comment, setup). */
    private void readHeaders(String name) throws IOException, EnrollmentException {
        int headers = 0;
        boolean started = false;
        while (headers < 3) {
            int result = sync.pageout(page);
            if (result == 0) {
                if (!feed()) {
                    throw new EnrollmentException(name + ": Ogg stream ends inside the Vorbis headers");
                }
                continue;
            }
            if (result < 0) {
                throw new EnrollmentException(name + ": corrupt Ogg page in the Vorbis headers");
            }
            if (!started) {
                stream.init(page.serialno());
                started = true;
            }
            stream.pagein(page);
            while (headers < 3) {
                int p = stream.packetout(packet);
                if (p == 0) {
                    break;
                }
                if (p < 0 || info.synthesis_headerin(comment, packet) < 0) {
                    throw new EnrollmentException(name + ": not a Vorbis stream (bad header packet " + (headers + 1) + ")");
                }
                headers++;
            }
        }
        if (info.channels < 1 || info.rate <= 0) {
            throw new EnrollmentException(name + ": Vorbis header with " + info.channels + " channels at " + info.rate
                    + " Hz");
        }
    }

    private void drainPackets(String name) throws EnrollmentException {
        float[][][] pcm = new float[1][][];
        int[] offsets = new int[info.channels];
        while (true) {
            int p = stream.packetout(packet);
            if (p == 0) {
                return;
            }
            if (p < 0) {
                continue; // lost packet: skip it
            }
            if (block.synthesis(packet) == 0) {
                dsp.synthesis_blockin(block);
            }
            int n;
            while ((n = dsp.synthesis_pcmout(pcm, offsets)) > 0) {
                append(pcm[0], offsets, n, name);
                dsp.synthesis_read(n);
            }
        }
    }

    private void append(float[][] channels, int[] offsets, int n, String name) throws EnrollmentException {
        if (length + (long) n > maxSamples) {
            throw new EnrollmentException(name + ": decodes to more audio than allowed");
        }
        if (length + n > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + n));
        }
        for (int i = 0; i < n; i++) {
            float sum = 0;
            for (int c = 0; c < channels.length; c++) {
                sum += channels[c][offsets[c] + i];
            }
            out[length++] = Math.max(-1f, Math.min(1f, sum / channels.length)); // mono mix
        }
    }

    /** Gives the sync layer more bytes; false at the end of the input. */
    private boolean feed() throws IOException {
        int at = sync.buffer(CHUNK);
        int n = in.read(sync.data, at, CHUNK);
        if (n <= 0) {
            return false;
        }
        sync.wrote(n);
        return true;
    }
}
