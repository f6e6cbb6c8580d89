package marytts.zh.installer;

import java.nio.file.Path;
import java.nio.file.Paths;

import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;
import marytts.neural.clone.CloneService;
import marytts.neural.clone.EnrollmentException;

/** {@code embeddings --precompute DIR | --cleanup BYTES}: the speaker-embedding cache. */
public final class EmbeddingsCommand implements Command {
    @Override
    public String name() {
        return "embeddings";
    }

    @Override
    public String summary() {
        return "pre-extract speaker embeddings of a folder, or shrink the embedding cache";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] embeddings --precompute DIR [--base-voice DIR]\n"
                + "       voice-admin [--base DIR] embeddings --cleanup MAX_BYTES\n"
                + "--precompute computes the speaker representation of every WAV/FLAC/Ogg file of DIR (speaker\n"
                + "encoder embedding, or spectral statistics when the voice has no encoder) into\n"
                + "MARY_BASE/cache/speaker-embeddings/, keyed by the file's sha256 and the model's; files\n"
                + "already there are reused. --cleanup deletes least recently used entries down to MAX_BYTES.\n"
                + "The cache also trims itself: every write keeps it within -Dmary.clone.cache.max.bytes (JAVA_OPTS;\n"
                + "default " + (marytts.neural.clone.SpeakerEmbeddingCache.DEFAULT_MAX_BYTES >> 20)
                + " MiB), least recently used entries first, down to 90% of the bound.";
    }

    @Override
    public java.util.List<String> valueOptions() {
        return java.util.List.of("--precompute", "--cleanup", "--base-voice");
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        args.expect(0, 0, "no positional arguments");
        CloneService service = CloneCommands.service(ctx.base());
        try {
            if (args.value("--cleanup").isPresent()) {
                long max;
                try {
                    max = Long.parseLong(args.value("--cleanup").get());
                } catch (NumberFormatException e) {
                    throw new UsageException("--cleanup needs a number of bytes");
                }
                int n = service.cache().cleanup(max);
                ctx.out().println("removed " + n + " cache entr" + (n == 1 ? "y" : "ies"));
                return ExitCodes.OK;
            }
            Path dir = Paths.get(EnrollCommand.need(args, "--precompute"));
            Path basePath = args.value("--base-voice").map(Paths::get).orElse(null);
            if (basePath == null) {
                basePath = CloneCommands.defaultBase(ctx.base());
            }
            VoicePackage base;
            try {
                base = VoicePackage.load(basePath);
            } catch (VoicePackageException e) {
                throw new AdminException(e.getMessage(), e);
            }
            int[] r = service.precompute(dir, base);
            ctx.out().println(r[0] + " file(s): " + r[1] + " already cached, " + r[2] + " computed");
            return ExitCodes.OK;
        } catch (EnrollmentException e) {
            throw new AdminException(e.getMessage(), e);
        }
    }
}
