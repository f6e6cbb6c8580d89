package marytts.zh.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** {@code info NAME}: what is known about one voice, as key: value lines. */
public final class InfoCommand implements Command {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "show one voice: metadata, files, install record";
    }

    @Override
    public String usage() {
        return "usage: voice-admin [--base DIR] info NAME\n"
                + "Prints key: value lines about voice NAME; exit 1 if there is no such voice.";
    }

    @Override
    public int run(Args args, Context ctx) throws AdminException, UsageException {
        String name = args.expect(1, 1, "NAME").get(0);
        VoiceCatalog.Voice v = new VoiceCatalog(ctx.base()).find(name)
                .orElseThrow(() -> new AdminException("no voice named '" + name + "' in " + ctx.base().root()));
        ctx.out().println("name: " + v.name());
        ctx.out().println("version: " + v.version());
        ctx.out().println("type: " + v.type());
        ctx.out().println("locale: " + v.locale());
        ctx.out().println("gender: " + v.gender());
        v.record().ifPresent(r -> {
            ctx.out().println("license: " + r.component().licenseName() + " " + r.component().licenseHref());
            ctx.out().println("description: " + r.component().description());
            ctx.out().println("package: " + r.component().packageFilename()
                    + r.component().sha256Opt().map(s -> " sha256 " + s).orElse(""));
            ctx.out().println("record: " + r.file());
        });
        if (v.record().isEmpty()) {
            ctx.out().println("record: none (not installed by voice-admin)");
        }
        if (v.directory().isPresent()) {
            Path dir = v.directory().get();
            Properties p = VoiceCatalog.properties(dir);
            ctx.out().println("directory: " + dir);
            ctx.out().println("contract.version: " + p.getProperty("contract.version", "?").trim());
            ctx.out().println("sample.rate: " + p.getProperty("sample.rate", "?").trim());
            ctx.out().println("speakers: " + p.getProperty("speakers", "?").trim());
            ctx.out().println("clone: " + (p.getProperty("consent") != null ? "yes" : "no"));
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    ctx.out().println("file: " + dir.relativize(f) + " " + Files.size(f) + " bytes");
                }
            } catch (IOException e) {
                throw new AdminException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        } else {
            for (Map.Entry<String, String> e : v.record().get().component().fileSha256().entrySet()) {
                ctx.out().println("file: " + e.getKey() + " sha256 " + e.getValue());
            }
        }
        return ExitCodes.OK;
    }
}
