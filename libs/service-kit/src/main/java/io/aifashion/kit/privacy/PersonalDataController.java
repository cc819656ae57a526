package io.aifashion.kit.privacy;

import io.aifashion.kit.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/privacy/export}: this service's part of the caller's data export. Not routed
 * by the gateway; the auth service calls it on each service with the user's own token.
 */
@RestController
public class PersonalDataController {

    private final String service;
    private final List<PersonalDataSection> sections;

    public PersonalDataController(String service, List<PersonalDataSection> sections) {
        this.service = service;
        this.sections = List.copyOf(sections);
    }

    @GetMapping("/internal/privacy/export")
    public Map<String, Object> export() {
        String userId = CurrentUser.require();
        Map<String, Object> data = new LinkedHashMap<>();
        for (PersonalDataSection s : sections) {
            data.put(s.name(), s.export(userId));
        }
        return Map.of("service", service, "userId", userId, "data", data);
    }
}
