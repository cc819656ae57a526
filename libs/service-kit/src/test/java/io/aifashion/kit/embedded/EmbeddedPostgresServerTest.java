package io.aifashion.kit.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server settings given to the embedded PostgreSQL replace the kit's defaults. */
class EmbeddedPostgresServerTest {

    @Test
    void settingsReplaceTheDefaults() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0,
                Map.of("shared_buffers", "192MB", "work_mem", "8MB"))) {
            assertThat(setting(pg, "shared_buffers")).isEqualTo("192MB");
            assertThat(setting(pg, "work_mem")).isEqualTo("8MB");
            assertThat(setting(pg, "max_connections")).isEqualTo("300");
        }
    }

    @Test
    void withoutSettingsTheDefaultsHold() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            assertThat(setting(pg, "shared_buffers")).isEqualTo("128MB");
            assertThat(setting(pg, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(EmbeddedPostgresServer pg, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
