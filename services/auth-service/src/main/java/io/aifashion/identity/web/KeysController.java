package io.aifashion.identity.web;

import io.aifashion.identity.application.RotateSigningKey;
import io.aifashion.identity.domain.SigningKeys;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys that verify access tokens (RFC 7517 JWK Set, at the conventional
 * {@code /.well-known/jwks.json}), and key rotation for administrators.
 */
@RestController
public class KeysController {

    private final SigningKeys keys;
    private final RotateSigningKey rotation;

    public KeysController(SigningKeys keys, RotateSigningKey rotation) {
        this.keys = keys;
        this.rotation = rotation;
    }

    /** Cacheable for a minute: verifiers re-fetch sooner anyway when they meet an unknown {@code kid}. */
    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(keys.publishedKeySet());
    }

    @PostMapping("/api/v1/auth/keys/rotate")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, String> rotate() {
        return Map.of("kid", rotation.rotate());
    }
}
