package io.aifashion.identity.domain;

import java.util.List;

/** The other services, asked for what they hold about a user. */
public interface PersonalDataPeers {

    /** Each peer's part of the export, or why it could not be had; never fails as a whole. */
    List<PeerExport> collect(UserId userId, String bearerToken);

    /**
     * One service's answer.
     *
     * @param service the service name
     * @param data    its data (JSON-like maps and lists) when {@code available}
     * @param reason  why it is missing otherwise
     */
    record PeerExport(String service, boolean available, Object data, String reason) {
    }
}
