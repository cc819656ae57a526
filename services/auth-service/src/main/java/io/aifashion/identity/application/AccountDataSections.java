package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.Budget;
import io.aifashion.identity.domain.ClothingSize;
import io.aifashion.identity.domain.Colour;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.StyleTag;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service holds about a user, section by section, for the data export (and for the
 * kit's {@code /internal/privacy/export}). Secrets are never exported: not the password hash, not
 * token hashes — only that they exist and when they were issued.
 */
@Configuration(proxyBeanMethods = false)
public class AccountDataSections {

    @Bean
    PersonalDataSection accountSection(AccountRepository accounts) {
        return section("account", id -> accounts.findById(id).map(AccountDataSections::account));
    }

    @Bean
    PersonalDataSection profileSection(ProfileRepository profiles) {
        return section("profile", id -> profiles.find(id).map(AccountDataSections::profile));
    }

    @Bean
    PersonalDataSection sessionsSection(RefreshTokenRepository refreshTokens) {
        return section("sessions", id -> Optional.of(refreshTokens.sessions(id).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id().toString());
            m.put("createdAt", s.createdAt());
            m.put("expiresAt", s.expiresAt());
            m.put("lastRefreshedAt", s.lastRefreshedAt());
            m.put("revokedAt", s.revokedAt());
            m.put("revokedReason", s.revokedReason());
            return m;
        }).toList()));
    }

    @Bean
    PersonalDataSection linksSection(OneTimeTokenRepository links) {
        return section("emailLinks", id -> Optional.of(links.forUser(id).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", t.purpose().kind());
            m.put("createdAt", t.createdAt());
            m.put("expiresAt", t.expiresAt());
            m.put("usedAt", t.usedAt());
            return m;
        }).toList()));
    }

    private static PersonalDataSection section(String name,
                                               java.util.function.Function<UserId, Optional<?>> read) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object export(String userId) {
                return UserId.parse(userId).flatMap(read).map(o -> (Object) o).orElse(Map.of());
            }
        };
    }

    private static Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("email", a.email().value());
        m.put("displayName", a.displayName().value());
        m.put("roles", a.roleNames());
        m.put("emailVerifiedAt", a.emailVerifiedAt());
        m.put("createdAt", a.createdAt());
        m.put("password", "set (stored only as an Argon2id hash)");
        return m;
    }

    private static Map<String, Object> profile(Profile p) {
        var prefs = p.preferences();
        Budget b = prefs.budget();
        Map<String, Object> budget = null;
        if (b != null) {
            budget = new LinkedHashMap<>();
            budget.put("min", b.min());
            budget.put("max", b.max());
            budget.put("currency", b.currency());
        }
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("gender", prefs.gender() == null ? null : prefs.gender().wire());
        preferences.put("sizes", prefs.sizes().stream().map(ClothingSize::wire).toList());
        preferences.put("budget", budget);
        preferences.put("favouriteColors", prefs.favouriteColors().stream().map(Colour::value).toList());
        preferences.put("dislikedColors", prefs.dislikedColors().stream().map(Colour::value).toList());
        preferences.put("styleTags", prefs.styleTags().stream().map(StyleTag::value).toList());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preferences", preferences);
        m.put("consent", Map.of("storePhotos", p.consent().storePhotos(), "emails", p.consent().emails(),
                "push", p.consent().push()));
        m.put("updatedAt", p.updatedAt());
        return m;
    }
}
