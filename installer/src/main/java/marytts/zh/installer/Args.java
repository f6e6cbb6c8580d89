package marytts.zh.installer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of one command: positionals, flags and options with values; unknown options are usage errors. */
public final class Args {
    private final List<String> positionals = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    public static Args parse(List<String> raw, List<String> valueOptions, List<String> flagOptions)
            throws UsageException {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.equals("--")) {
                a.positionals.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (s.startsWith("--") && s.contains("=")) {
                String key = s.substring(0, s.indexOf('='));
                if (!valueOptions.contains(key)) {
                    throw new UsageException("unknown option '" + key + "'");
                }
                a.values.put(key, s.substring(s.indexOf('=') + 1));
            } else if (valueOptions.contains(s)) {
                if (i + 1 >= raw.size()) {
                    throw new UsageException(s + " needs a value");
                }
                a.values.put(s, raw.get(++i));
            } else if (flagOptions.contains(s) || s.equals("--help") || s.equals("-h")) {
                a.flags.add(s.equals("-h") ? "--help" : s);
            } else if (s.startsWith("-") && s.length() > 1) {
                throw new UsageException("unknown option '" + s + "'");
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** Exactly {@code min..max} positionals, else a usage error naming what is expected. */
    public List<String> expect(int min, int max, String what) throws UsageException {
        if (positionals.size() < min) {
            throw new UsageException("missing " + what);
        }
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument '" + positionals.get(max) + "'");
        }
        return positionals();
    }
}
