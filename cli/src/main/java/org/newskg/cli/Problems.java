package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newskg.model.InputProblem;

/**
 * The input problems of one command: each is printed on stderr as it comes ("kg load: a.csv:12: ..."),
 * and their number decides the summary and the exit code (0 without problems, 1 with some).
 */
final class Problems implements Consumer<InputProblem> {

    private final PrintWriter err;
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    /** Problems printed on {@code err} after {@code command}, e.g. "kg load". */
    Problems(PrintWriter err, String command) {
        this.err = err;
        this.prefix = command + ": ";
    }

    @Override
    public void accept(InputProblem problem) {
        count.incrementAndGet();
        synchronized (err) {
            err.println(prefix + problem);
        }
    }

    /** A problem at {@code where} (file, line, article). */
    void add(String where, String message) {
        accept(new InputProblem(where, message));
    }

    int count() {
        return count.get();
    }

    boolean none() {
        return count() == 0;
    }

    /** "COMPLETED" or "COMPLETED WITH PROBLEMS", for the summary line. */
    String outcome() {
        return none() ? "COMPLETED" : "COMPLETED WITH PROBLEMS";
    }

    /** {@link ExitCodes#OK} without problems, else {@link ExitCodes#SOME_INPUT_FAILED}. */
    int exitCode() {
        return none() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
