package marytts.neural.clone;

import java.util.List;

/** Enrollment audio failed one or more quality gates; each problem is one line naming the file. */
public final class QualityException extends EnrollmentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public QualityException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
