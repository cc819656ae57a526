package io.aifashion.identity.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from the environment ({@code AIFASHION_ADMIN_EMAIL},
 * {@code AIFASHION_ADMIN_PASSWORD}) — there is no default: unset means no admin is created.
 */
@ConfigurationProperties("aifashion.admin")
public record AdminSettings(String email, String password, String displayName) {

    public AdminSettings {
        displayName = displayName == null || displayName.isBlank() ? "Administrator" : displayName;
    }

    public boolean configured() {
        return email != null && !email.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[email=" + email + ", password=" + (password == null ? "unset" : "[set]") + "]";
    }
}
