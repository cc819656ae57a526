package io.aifashion.identity.web;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.identity.application.DeleteAccount;
import io.aifashion.identity.application.ExportPersonalData;
import io.aifashion.identity.application.PersonalDataExport;
import io.aifashion.identity.application.UpdateProfile;
import io.aifashion.identity.application.ViewAccount;
import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.PersonalDataPeers.PeerExport;
import io.aifashion.identity.domain.UserId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in user's own account: profile (read, merge-patch), data export and erasure.
 * The user is always the access token's subject; there is no way to name another user here.
 */
@RestController
@RequestMapping("/api/v1/users/me")
public class ProfileController {

    private final ViewAccount view;
    private final UpdateProfile update;
    private final ExportPersonalData export;
    private final DeleteAccount delete;
    private final ColorNameDictionary colourNames;
    private final JsonMapper json;

    public ProfileController(ViewAccount view, UpdateProfile update, ExportPersonalData export, DeleteAccount delete,
                             ColorNameDictionary colourNames, JsonMapper json) {
        this.view = view;
        this.update = update;
        this.export = export;
        this.delete = delete;
        this.colourNames = colourNames;
        this.json = json;
    }

    @GetMapping
    public ResponseEntity<Map<String, Object>> get(@AuthenticationPrincipal Jwt jwt) {
        return personal(ProfileDocument.full(view.view(user(jwt))));
    }

    /**
     * JSON Merge Patch (RFC 7396) of {@code displayName}, {@code preferences} and {@code consent}:
     * members present replace, {@code null} clears, lists are replaced whole. The edited document
     * is validated as a whole; any problem leaves the profile as it was.
     */
    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    public ResponseEntity<Map<String, Object>> patch(@AuthenticationPrincipal Jwt jwt, @RequestBody JsonNode patch) {
        ProfileDocument.checkPatch(patch);
        var result = update.update(user(jwt), current -> ProfileDocument.parse(
                MergePatch.apply(ProfileDocument.editable(current, json), patch), colourNames));
        return personal(ProfileDocument.full(result));
    }

    @DeleteMapping
    public ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt) {
        delete.delete(user(jwt));
        return ResponseEntity.noContent().build();
    }

    /**
     * Everything the system holds about the caller, as one JSON document: this service's sections
     * and, per other service, its data or why it is missing.
     */
    @GetMapping("/export")
    public ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal Jwt jwt) {
        PersonalDataExport e = export.export(user(jwt), jwt.getTokenValue());
        Map<String, Object> services = new LinkedHashMap<>();
        services.put(e.service(), Map.of("status", "available", "data", e.own()));
        for (PeerExport peer : e.peers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", peer.available() ? "available" : "unavailable");
            if (peer.available()) {
                entry.put("data", peer.data() == null ? Map.of() : peer.data());
            } else {
                entry.put("reason", peer.reason());
            }
            services.put(peer.service(), entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("userId", e.userId().toString());
        document.put("generatedAt", e.generatedAt());
        document.put("services", services);
        String file = "ai-fashion-data-" + e.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ".json";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .headers(h -> h.setContentDisposition(ContentDisposition.attachment().filename(file).build()))
                .body(document);
    }

    private static UserId user(Jwt jwt) {
        return UserId.parse(jwt.getSubject()).orElseThrow(() -> new AccountNotFound(jwt.getSubject()));
    }

    private static ResponseEntity<Map<String, Object>> personal(Map<String, Object> body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
