package io.aifashion.kit.testapp;

import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventInbox;
import io.aifashion.kit.events.EventPublisher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built on the kit, used only by the kit's own tests. */
@SpringBootApplication
public class KitTestApplication {

    public record AccountRequest(@NotBlank @Size(max = 20) String id) {
    }

    @RestController
    static class AccountController {
        private final AccountDeletion deletion;

        AccountController(AccountDeletion deletion) {
            this.deletion = deletion;
        }

        @PostMapping("/api/v1/accounts/deletions")
        @ResponseStatus(HttpStatus.ACCEPTED)
        public void delete(@Valid @RequestBody AccountRequest request) {
            deletion.delete(request.id());
        }

        @GetMapping("/api/v1/boom")
        public String boom() {
            throw new IllegalStateException("secret internal detail");
        }

        @GetMapping("/api/v1/numbers/{n}")
        public int number(@PathVariable int n, @RequestParam(defaultValue = "1") int times) {
            return n * times;
        }

        @GetMapping("/public/ping")
        public String ping() {
            return "pong";
        }

        @GetMapping("/api/v1/admin/things")
        @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
        public String adminOnly() {
            return "secret";
        }
    }

    /** Deletes an account and announces it, atomically. */
    @Component
    public static class AccountDeletion {
        private final JdbcClient jdbc;
        private final EventPublisher events;

        AccountDeletion(JdbcClient jdbc, EventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public void delete(String id) {
            jdbc.sql("insert into account (id) values (:id) on conflict do nothing").param("id", id).update();
            jdbc.sql("delete from account where id = :id").param("id", id).update();
            events.publish(new UserDeleted(id));
        }
    }

    /**
     * Applies UserDeleted events once each, counting every delivery and noting, per user, the trace
     * id its handler saw in the logging MDC and the {@code traceparent} header of the record.
     */
    @Component
    public static class UserDeletedListener {
        private final EventInbox inbox;
        private final JdbcClient jdbc;
        final AtomicInteger deliveries = new AtomicInteger();
        private final Map<String, String> loggedTraceIds = new ConcurrentHashMap<>();
        private final Map<String, String> recordTraceparents = new ConcurrentHashMap<>();

        UserDeletedListener(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "aifashion.identity.user-deleted.v1", groupId = "kit-test")
        public void on(ConsumerRecord<String, String> record) {
            deliveries.incrementAndGet();
            Header traceparent = record.headers().lastHeader("traceparent");
            inbox.accept("kit-test", record.value(), UserDeleted.class, (env, event) -> {
                jdbc.sql("insert into received_event (event_id, user_id) values (:id, :user)")
                        .param("id", env.id()).param("user", event.userId()).update();
                String logged = MDC.get("traceId");
                if (logged != null) {
                    loggedTraceIds.put(event.userId(), logged);
                }
                if (traceparent != null) {
                    recordTraceparents.put(event.userId(), new String(traceparent.value(), StandardCharsets.UTF_8));
                }
            });
        }

        public Optional<String> loggedTraceId(String userId) {
            return Optional.ofNullable(loggedTraceIds.get(userId));
        }

        public Optional<String> recordTraceparent(String userId) {
            return Optional.ofNullable(recordTraceparents.get(userId));
        }

        public int deliveries() {
            return deliveries.get();
        }
    }
}
