package marytts.zh.installer;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import marytts.neural.ProsodyControls;
import marytts.neural.clone.CloneService;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.SpeakerAdapter;

/** {@code enroll}: makes and installs a cloned voice from a consenting speaker's recordings. */
public final class EnrollCommand implements Command {
    @Override
    public String name() {
        return "enroll";
    }

    @Override
    public String summary() {
        return "make a cloned voice from a consenting speaker's recordings";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] enroll --name NAME --audio DIR_OR_FILE[,FILE...] --transcripts FILE\n"
                + "         --consent-audio FILE --speaker \"Full Name\" --agreed \"text\" [--base-voice DIR] [--fit-prosody]\n"
                + "Makes MARY_BASE/neural-voices/NAME from 30 s to 10 min of WAV, FLAC or Ogg Vorbis recordings.\n"
                + "  --transcripts   UTF-8 lines 'FILE_ID<TAB>text' (FILE_ID = file name without extension);\n"
                + "                  read the sentences of docs/clone-prompts.txt for good coverage\n"
                + "  --consent-audio the speaker reading the consent sentence; its speaker must match the\n"
                + "                  enrollment audio (a weak spectral check without a speaker encoder)\n"
                + "  --speaker, --agreed  who consented and to what (stored in consent.properties)\n"
                + "  --base-voice    the trained multi-speaker voice package to clone from (default: the only\n"
                + "                  non-clone voice under MARY_BASE/neural-voices)\n"
                + "  --fit-prosody   also fit the speaker's speaking rate and pitch (speaker.NAME.controls); on the\n"
                + "                  demo voice this moved a 132 Hz speaker's clone from 356 to 239 Hz but flattened\n"
                + "                  the rising tone, hence off by default\n"
                + "Refuses (exit 1) on failed quality gates, missing or mismatched consent, an existing NAME.\n"
                + "Output of the voice carries an inaudible watermark (voice-admin detect). Restart the server.";
    }

    @Override
    public List<String> valueOptions() {
        return List.of("--name", "--audio", "--transcripts", "--consent-audio", "--speaker", "--agreed",
                "--base-voice");
    }

    @Override
    public List<String> flagOptions() {
        return List.of("--fit-prosody");
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        args.expect(0, 0, "no positional arguments");
        String name = need(args, "--name");
        List<Path> audio = new ArrayList<>();
        for (String s : need(args, "--audio").split(",")) {
            audio.add(Paths.get(s.trim()));
        }
        Path base = args.value("--base-voice").map(Paths::get).orElse(null);
        if (base == null) {
            base = CloneCommands.defaultBase(ctx.base());
        }
        CloneService service = CloneCommands.service(ctx.base());
        try (InstallLock lock = InstallLock.acquire(ctx.base())) {
            CloneService.Result r = service.enroll(new CloneService.Request(name, audio,
                    Paths.get(need(args, "--transcripts")), Paths.get(need(args, "--consent-audio")),
                    need(args, "--speaker"), need(args, "--agreed"), base), args.flag("--fit-prosody"));
            ProsodyControls own = r.controls().controls();
            ctx.out().println(String.format(Locale.ROOT, "enrolled %s (%s, %.1f s of audio, consent speaker similarity"
                    + " %.3f%s%s) in %.1f s: %s", name, r.method(), r.audioSeconds(), r.similarity(),
                    Double.isNaN(r.lossBefore()) ? "" : String.format(Locale.ROOT, ", adaptation loss %.4f -> %.4f",
                            r.lossBefore(), r.lossAfter()),
                    own.equals(ProsodyControls.NEUTRAL) ? "" : String.format(Locale.ROOT,
                            "; fitted speaking rate x%.2f, pitch x%.2f", 1 / own.durationScale(), own.pitchScale()),
                    r.millis() / 1000.0, r.voiceDir()));
            return ExitCodes.OK;
        } catch (EnrollmentException e) {
            throw new AdminException(e.getMessage(), e);
        }
    }

    static String need(Args args, String option) throws UsageException {
        return args.value(option).filter(s -> !s.isBlank())
                .orElseThrow(() -> new UsageException("missing " + option));
    }

    static SpeakerAdapter adapter() {
        return SpeakerAdapter.defaults();
    }
}
