package org.newskg.report;

/** Neo4j rejected a saved report (a syntax error in a user's own query, a missing procedure, ...). */
public final class ReportFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
