package io.aifashion.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PushEndpointRulesTest {

    final PushEndpointRules browsers = new PushEndpointRules(List.of(), false);

    @Test
    void acceptsTheBrowsersPushServices() {
        assertThat(browsers.problemWith("https://fcm.googleapis.com/fcm/send/abc:def")).isEmpty();
        assertThat(browsers.problemWith("https://updates.push.services.mozilla.com/wpush/v2/gAAA")).isEmpty();
        assertThat(browsers.problemWith("https://web.push.apple.com/QGx")).isEmpty();
        assertThat(browsers.problemWith("https://db5p.notify.windows.com/w/?token=x")).isEmpty();
    }

    @Test
    void refusesWhatWouldLetACallerAimThisServerElsewhere() {
        assertThat(browsers.problemWith("http://fcm.googleapis.com/fcm/send/abc")).contains("must be an https URL");
        assertThat(browsers.problemWith("https://169.254.169.254/latest/meta-data")).get().asString()
                .contains("not on a known web push service");
        assertThat(browsers.problemWith("https://evil.example/fcm.googleapis.com")).get().asString()
                .contains("not on a known web push service");
        assertThat(browsers.problemWith("https://fcm.googleapis.com.evil.example/x")).isPresent();
        assertThat(browsers.problemWith("https://user@fcm.googleapis.com/x")).isPresent();
        assertThat(browsers.problemWith("not a url")).isPresent();
        assertThat(browsers.problemWith("")).contains("is required");
    }

    @Test
    void aDeploymentCanAllowItsOwnPushService() {
        PushEndpointRules local = new PushEndpointRules(List.of("127.0.0.1"), true);
        assertThat(local.problemWith("http://127.0.0.1:9999/push/1")).isEmpty();
        assertThat(local.problemWith("https://fcm.googleapis.com/x")).isPresent();
    }
}
