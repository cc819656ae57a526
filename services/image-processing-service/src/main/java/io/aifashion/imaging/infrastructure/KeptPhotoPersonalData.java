package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.ConsentRegistry;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which photos of the user are kept, until when, and the consent they rest on. The export lists
 * them rather than embedding megabytes of pixels; the full report of each is at
 * {@code /api/v1/analyses/{id}/report.png}.
 */
@Component
public class KeptPhotoPersonalData implements PersonalDataSection {

    private final PhotoVault vault;
    private final ConsentRegistry consents;

    public KeptPhotoPersonalData(PhotoVault vault, ConsentRegistry consents) {
        this.vault = vault;
        this.consents = consents;
    }

    @Override
    public String name() {
        return "keptPhotos";
    }

    @Override
    public Object export(String userId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consentStorePhotos", consents.storesPhotos(userId));
        m.put("photos", vault.listOf(userId).stream().map(p -> {
            Map<String, Object> photo = new LinkedHashMap<>();
            photo.put("analysisId", p.analysisId().toString());
            photo.put("mediaType", p.mediaType());
            photo.put("width", p.width());
            photo.put("height", p.height());
            photo.put("encryptedBytes", p.encryptedBytes());
            photo.put("storedAt", p.storedAt().toString());
            photo.put("expiresAt", p.expiresAt().toString());
            photo.put("reportUrl", "/api/v1/analyses/" + p.analysisId() + "/report.png");
            return photo;
        }).toList());
        return m;
    }
}
