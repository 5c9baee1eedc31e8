package org.newskg.model;

import java.util.Locale;

/**
 * The relation vocabulary: the single source of relationship types. Relationship types cannot be
 * Cypher parameters, so only these constants ever reach a query string.
 */
public enum Relation {
    /** A person belongs (or belonged) to a political party. */
    MEMBER_OF(EntityType.PERSON, EntityType.PARTY, true),
    /** A direct quote attributed to a person. */
    SAID(EntityType.PERSON, EntityType.QUOTE, true),
    /** One named person verbally attacks another. */
    CRITICISED(EntityType.PERSON, EntityType.PERSON, true),
    /** One named person praises or supports another. */
    PRAISED(EntityType.PERSON, EntityType.PERSON, false),
    /** A person left or was expelled from a party. */
    LEFT(EntityType.PERSON, EntityType.PARTY, false);

    private final EntityType subjectType;
    private final EntityType objectType;
    private final boolean scored;

    Relation(EntityType subjectType, EntityType objectType, boolean scored) {
        this.subjectType = subjectType;
        this.objectType = objectType;
        this.scored = scored;
    }

    /** The Neo4j relationship type. */
    public String type() {
        return name();
    }

    public EntityType subjectType() {
        return subjectType;
    }

    public EntityType objectType() {
        return objectType;
    }

    /** Whether the gold annotation rules score this predicate. */
    public boolean scored() {
        return scored;
    }

    /** Parses a predicate name case-insensitively; throws with the known names when it is unknown. */
    public static Relation parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown predicate '" + name + "'; known: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
