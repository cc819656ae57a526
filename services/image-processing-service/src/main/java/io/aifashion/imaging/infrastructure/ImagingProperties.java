package io.aifashion.imaging.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code aifashion.imaging.*}; docs/imaging.md lists them with their
 * environment variables).
 *
 * @param photoKey           AES-256 key for kept photos, base64 of 32 bytes ({@code AIFASHION_IMAGING_PHOTO_KEY}); if
 *                           blank, {@code photoKeyFile} is used
 * @param photoKeyFile       where a local key is read from, or generated on first start when missing
 * @param photoRetention     how long a consented photo is kept
 * @param anonymousRetention how long an anonymous analysis's derived colours are kept
 * @param cacheTtl           how long a derived result is cached by content hash
 * @param workers            analysis threads (OpenCV work); 0 means one per processor
 * @param queueCapacity      uploads that may wait for a worker; 0 means four per worker
 * @param waitTimeout        how long an upload waits for its analysis before the caller is told to retry
 * @param maxBytes           the largest photo file accepted
 * @param maxPixels          the most pixels (width x height, from the header) accepted: the decompression-bomb guard
 * @param keptLongSide       a kept photo is re-encoded at most this many pixels on its long side
 */
@ConfigurationProperties("aifashion.imaging")
public record ImagingProperties(String photoKey, Path photoKeyFile, Duration photoRetention, Duration anonymousRetention,
                                Duration cacheTtl, int workers, int queueCapacity, Duration waitTimeout,
                                DataSize maxBytes, long maxPixels, int keptLongSide) {

    public ImagingProperties {
        photoKeyFile = photoKeyFile == null ? Path.of("data", "imaging", "photo.key") : photoKeyFile;
        photoRetention = photoRetention == null ? Duration.ofDays(30) : photoRetention;
        anonymousRetention = anonymousRetention == null ? Duration.ofDays(30) : anonymousRetention;
        cacheTtl = cacheTtl == null ? Duration.ofHours(1) : cacheTtl;
        workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        queueCapacity = queueCapacity > 0 ? queueCapacity : 4 * workers;
        waitTimeout = waitTimeout == null ? Duration.ofSeconds(60) : waitTimeout;
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(20) : maxBytes;
        maxPixels = maxPixels > 0 ? maxPixels : 40_000_000L;
        keptLongSide = keptLongSide > 0 ? keptLongSide : 1600;
    }
}
