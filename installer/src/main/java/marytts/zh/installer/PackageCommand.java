package marytts.zh.installer;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** {@code package DIR [--out OUTDIR] [--version V]}. */
public final class PackageCommand implements Command {
    @Override
    public String name() {
        return "package";
    }

    @Override
    public String summary() {
        return "turn a voice directory into NAME-VERSION.zip + NAME-VERSION-component.xml";
    }

    @Override
    public String usage() {
        return "usage: voice-admin package DIR [--out OUTDIR] [--version V]\n"
                + "Validates the voice package in DIR (docs/voice-package.md) and writes OUTDIR/NAME-VERSION.zip\n"
                + "(entries neural-voices/NAME/..., unpacks into MARY_BASE) and OUTDIR/NAME-VERSION-component.xml\n"
                + "(MaryTTS installer format with md5sum, plus sha256 of the zip and of every file).\n"
                + "  --out OUTDIR   where to write (default: the current directory)\n"
                + "  --version V    component version (default: 'version' in voice.properties, else "
                + VoicePackager.DEFAULT_VERSION + ")";
    }

    @Override
    public List<String> valueOptions() {
        return List.of("--out", "--version");
    }

    @Override
    public boolean needsBase() {
        return false;
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        Path dir = Paths.get(args.expect(1, 1, "DIR").get(0)).toAbsolutePath().normalize();
        Path out = Paths.get(args.value("--out").orElse(".")).toAbsolutePath().normalize();
        VoicePackager.Result r = new VoicePackager().pack(dir, out, args.value("--version"));
        ctx.out().println("wrote " + r.zip());
        ctx.out().println("wrote " + r.componentXml());
        ctx.out().println("sha256 " + r.component().sha256() + "  " + r.zip().getFileName());
        return ExitCodes.OK;
    }
}
