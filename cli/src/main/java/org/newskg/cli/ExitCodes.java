package org.newskg.cli;

/** The exit codes of every command, as docs/design.md ("Exit codes") fixes them. */
final class ExitCodes {
    /** Everything worked. */
    static final int OK = 0;
    /** Some input failed; the rest was processed and the failures were listed. */
    static final int SOME_INPUT_FAILED = 1;
    /** Usage or configuration error (bad option, unreachable database, wrong password). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
