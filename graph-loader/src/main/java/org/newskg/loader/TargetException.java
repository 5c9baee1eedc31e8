package org.newskg.loader;

/** The graph target cannot be reached or used; the message says why and what to do. Never holds a password. */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TargetException(String message) {
        super(message);
    }

    TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
