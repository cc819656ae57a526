package io.aifashion.kit.privacy;

/**
 * Part of what a service holds about one user, for the GDPR Art. 15/20 export ("everything the
 * system holds about me"). Each service declares one bean per kind of data it keeps; the kit
 * serves them together at {@code GET /internal/privacy/export}, which the auth service gathers
 * from every service. Deletion is the other half: every service purges on {@code UserDeleted}.
 */
public interface PersonalDataSection {

    /** A stable name, e.g. {@code analyses}, {@code palettes}, {@code interactions}. */
    String name();

    /** The data, as JSON-serialisable values; an empty list/map when there is none. */
    Object export(String userId);
}
