package org.newskg.model;

/**
 * Something in the input that could not be read; the rest of the work goes on.
 *
 * @param where   the file, and line or article where there is one ("a.csv:12", "bulk.jsonl:7 (id 42)")
 * @param message what went wrong and what to do about it
 */
public record InputProblem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
