package marytts.zh.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;
import marytts.neural.clone.CloneService;
import marytts.neural.clone.ConsentCheck;
import marytts.neural.clone.SpeakerAdapter;

/** Shared wiring of the cloning commands: the service on a MARY_BASE and the default base voice. */
final class CloneCommands {
    private CloneCommands() {
    }

    static CloneService service(MaryBase base) {
        return new CloneService(base.neuralVoices(), base.embeddingCache(), new FrontEndTranscripts(),
                SpeakerAdapter.defaults());
    }

    /** The only installed voice that is not a clone, else a usage error asking for --base-voice. */
    static Path defaultBase(MaryBase base) throws UsageException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(base.neuralVoices())) {
            try (Stream<Path> s = Files.list(base.neuralVoices())) {
                for (Path d : s.sorted().toList()) {
                    try {
                        if (!ConsentCheck.isClone(VoicePackage.load(d))) {
                            found.add(d);
                        }
                    } catch (VoicePackageException e) {
                        // not a voice
                    }
                }
            } catch (IOException e) {
                throw new UsageException("cannot list " + base.neuralVoices() + ": " + e.getMessage());
            }
        }
        if (found.size() != 1) {
            throw new UsageException((found.isEmpty() ? "no" : found.size()) + " trained voices in "
                    + base.neuralVoices() + ": pass --base-voice DIR");
        }
        return found.get(0);
    }
}
