package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.identity.application.AdminSettings;
import io.aifashion.identity.application.BootstrapAdmin;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.PasswordHasher;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.support.IdentityIntegrationTest;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator: created from configuration, promoted if the account exists, never with a weak password. */
class AdminBootstrapTest extends IdentityIntegrationTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    ProfileRepository profiles;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    BootstrapAdmin with(AdminSettings settings) {
        return new BootstrapAdmin(settings, accounts, profiles, policy, hasher, events, tx, clock);
    }

    @Test
    void theConfiguredAdminExistsVerifiedWithBothRoles() {
        String roles = jdbc.sql("select roles from account where email = 'admin@aifashion.test'")
                .query(String.class).single();
        assertThat(roles).isEqualTo("USER,ADMIN");
    }

    @Test
    void anExistingAccountIsPromotedAndKeepsItsPassword() throws Exception {
        var user = registerVerified(newEmail());
        String hashBefore = jdbc.sql("select password_hash from account where email = :e").param("e", user.email())
                .query(String.class).single();
        with(new AdminSettings(user.email(), null, null)).run(null);
        assertThat(jdbc.sql("select roles from account where email = :e").param("e", user.email())
                .query(String.class).single()).isEqualTo("USER,ADMIN");
        assertThat(jdbc.sql("select password_hash from account where email = :e").param("e", user.email())
                .query(String.class).single()).isEqualTo(hashBefore);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(login(user.email(), PASSWORD).access()).getJWTClaimsSet()
                .getStringListClaim("roles")).containsExactly("USER", "ADMIN");
    }

    @Test
    void aWeakOrMissingPasswordStopsStartUpWithoutRevealingIt() {
        String email = newEmail();
        assertThatThrownBy(() -> with(new AdminSettings(email, "password1234", null)).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIFASHION_ADMIN_PASSWORD")
                .hasMessageNotContaining("password1234");
        assertThatThrownBy(() -> with(new AdminSettings(email, null, null)).run(null))
                .hasMessageContaining("AIFASHION_ADMIN_PASSWORD must be set");
        assertThat(jdbc.sql("select count(*) from account where email = :e").param("e", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void nothingHappensWhenNoAdminIsConfigured() {
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        with(new AdminSettings(null, null, null)).run(null);
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
    }
}
