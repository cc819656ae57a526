package io.aifashion.identity.application;

import io.aifashion.identity.domain.PersonalDataPeers.PeerExport;
import io.aifashion.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the system holds about one user (GDPR Art. 15 and 20): this service's sections and
 * each other service's answer.
 */
public record PersonalDataExport(UserId userId, Instant generatedAt, String service, Map<String, Object> own,
                                 List<PeerExport> peers) {
}
