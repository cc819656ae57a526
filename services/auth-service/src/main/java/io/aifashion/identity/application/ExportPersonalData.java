package io.aifashion.identity.application;

import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.PersonalDataPeers;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Gathers a user's data from this service and from every other service. The other services are
 * asked with the user's own access token, so each one checks for itself whose data it hands out;
 * one that is down or keeps no personal data is reported as unavailable rather than failing the
 * whole export.
 */
@Service
public class ExportPersonalData {

    private final AccountRepository accounts;
    private final List<PersonalDataSection> sections;
    private final PersonalDataPeers peers;
    private final Clock clock;
    private final String serviceName;

    public ExportPersonalData(AccountRepository accounts, List<PersonalDataSection> sections, PersonalDataPeers peers,
                              Clock clock, Environment env) {
        this.accounts = accounts;
        this.sections = List.copyOf(sections);
        this.peers = peers;
        this.clock = clock;
        this.serviceName = env.getProperty("spring.application.name", "auth-service");
    }

    public PersonalDataExport export(UserId id, String bearerToken) {
        accounts.findById(id).orElseThrow(() -> new AccountNotFound(id.toString()));
        Map<String, Object> own = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            own.put(section.name(), section.export(id.toString()));
        }
        return new PersonalDataExport(id, clock.instant(), serviceName, own, peers.collect(id, bearerToken));
    }
}
