package io.aifashion.recommendation.domain.interaction;

import java.util.List;
import java.util.function.Consumer;

/** The append-only interaction log: the source of truth of everything this service learns. */
public interface InteractionLog {

    /** Appends the interaction; returns false (and changes nothing) if its id is already in the log. */
    boolean append(Interaction interaction);

    /**
     * Streams the log to {@code sink}, grouped by user and in log order within each user — the order
     * in which the per-(user, product) state was folded when it was recorded.
     */
    long replay(Consumer<Interaction> sink);

    /** The user's interactions, oldest first. */
    List<Interaction> ofUser(String userId);

    /** Position of the newest entry (0 when empty); grows with every append. */
    long head();

    int deleteUser(String userId);
}
