package marytts.zh.installer;

import java.io.PrintStream;

/** What a command runs against: the MARY_BASE layout, the output streams and the services' settings. */
public record Context(MaryBase base, PrintStream out, PrintStream err, Services services) {
}
