package io.aifashion.identity.infrastructure;

import io.aifashion.identity.application.AuthSettings;
import io.aifashion.identity.domain.PersonalDataPeers;
import io.aifashion.identity.domain.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks every other service for {@code GET /internal/privacy/export} — served by the service kit
 * wherever a service declares personal-data sections — in parallel, with the user's own bearer
 * token and a time limit each. An answer is accepted only if it is about the user asked for.
 */
@Component
public class HttpPersonalDataPeers implements PersonalDataPeers {

    private static final Logger log = LoggerFactory.getLogger(HttpPersonalDataPeers.class);

    private final PeerDirectory directory;
    private final RestClient http;

    public HttpPersonalDataPeers(PeerDirectory directory, AuthSettings settings) {
        this.directory = directory;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.exportTimeout()).build());
        requests.setReadTimeout(settings.exportTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public List<PeerExport> collect(UserId userId, String bearerToken) {
        List<PeerExport> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PeerExport>> pending = new ArrayList<>();
            for (Map.Entry<String, URI> peer : directory.peers().entrySet()) {
                pending.add(pool.submit(() -> ask(peer.getKey(), peer.getValue(), userId, bearerToken)));
            }
            for (Future<PeerExport> f : pending) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while gathering the data export", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("gathering the data export failed", e.getCause());
        }
        return results;
    }

    private PeerExport ask(String service, URI base, UserId userId, String bearerToken) {
        URI uri = UriComponentsBuilder.fromUri(base).path("/internal/privacy/export").build().toUri();
        try {
            return http.get().uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            return unavailable(service, "keeps no personal data or has no export endpoint (HTTP 404)");
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            return unavailable(service, "answered HTTP " + status);
                        }
                        Map<?, ?> body = response.bodyTo(Map.class);
                        if (body == null || !userId.toString().equals(String.valueOf(body.get("userId")))) {
                            return unavailable(service, "answered with data that is not about this user");
                        }
                        return new PeerExport(service, true, body.get("data"), null);
                    });
        } catch (ResourceAccessException e) {
            log.info("Data export: {} at {} is not reachable: {}", service, base, e.getMessage());
            return unavailable(service, "not reachable");
        } catch (RestClientException e) {
            log.info("Data export: {} at {} gave an unreadable answer: {}", service, base, e.getMessage());
            return unavailable(service, "answered with something that is not an export");
        }
    }

    private static PeerExport unavailable(String service, String reason) {
        return new PeerExport(service, false, null, reason);
    }
}
