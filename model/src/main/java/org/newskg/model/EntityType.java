package org.newskg.model;

/** The kinds of node a triple can name. Each knows the Neo4j label it is stored under. */
public enum EntityType {
    PERSON("Person"),
    PARTY("Party"),
    QUOTE("Quote"),
    ORGANISATION("Organisation"),
    ROLE("Role");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The Neo4j label; constant, never derived from input text. */
    public String label() {
        return label;
    }
}
