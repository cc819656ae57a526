package io.aifashion.bench.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings of a load run, from system properties ({@code -Dload.<name>=...}, passed through by
 * gatling-maven-plugin and bench/load/run.sh).
 *
 * @param baseUrl       the gateway, e.g. http://localhost:9080
 * @param shoppers      how many signed-in test shoppers to create before the run
 * @param facesDir      folder of face photos
 * @param mailRoot      the launcher's mail drop (or the temporary folder holding ai-fashion-state*)
 * @param uniquePhotos  make every upload's bytes unique (no analysis cache hits)
 * @param rate          arrival rate: journeys (or requests) per second
 * @param seconds       how long the arrival rate is held
 * @param rampSeconds   ramp from 0 to {@code rate} before holding it
 * @param runId         distinguishes this run's accounts and photos
 */
public record LoadSettings(String baseUrl, int shoppers, Path facesDir, Path mailRoot, boolean uniquePhotos,
                           double rate, int seconds, int rampSeconds, String runId) {

    public LoadSettings {
        if (shoppers < 1 || rate <= 0 || seconds < 1 || rampSeconds < 0) {
            throw new IllegalArgumentException("load.shoppers, load.rate and load.seconds must be positive");
        }
    }

    public static LoadSettings fromSystemProperties(int defaultShoppers, double defaultRate) {
        return new LoadSettings(
                System.getProperty("load.baseUrl", "http://localhost:9080"),
                Integer.parseInt(System.getProperty("load.shoppers", String.valueOf(defaultShoppers))),
                Path.of(System.getProperty("load.faces", "/work/shared/data/faces")),
                Path.of(System.getProperty("load.mailRoot", System.getProperty("java.io.tmpdir"))),
                Boolean.parseBoolean(System.getProperty("load.uniquePhotos", "true")),
                Double.parseDouble(System.getProperty("load.rate", String.valueOf(defaultRate))),
                Integer.parseInt(System.getProperty("load.seconds", "60")),
                Integer.parseInt(System.getProperty("load.rampSeconds", "10")),
                System.getProperty("load.runId", Long.toString(System.currentTimeMillis(), 36)).toLowerCase(Locale.ROOT));
    }
}
