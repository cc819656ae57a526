package io.aifashion.launcher.serve;

import io.aifashion.colormatching.ColorMatchingApplication;
import io.aifashion.identity.AuthServiceApplication;
import io.aifashion.imaging.ImagingApplication;
import io.aifashion.notification.NotificationApplication;
import java.util.ArrayList;
import java.util.List;

/**
 * The services {@code ai-fashion serve} starts. A service joins this list when its module exists;
 * its port is {@code --service-port-base} plus its index from DESIGN.md §3 (auth 0,
 * image-processing 1, color-matching 2, product 3, recommendation 4, notification 5). The gateway
 * is started after all of them.
 */
final class ServiceCatalog {

    private ServiceCatalog() {
    }

    static List<ServicePart> services() {
        List<ServicePart> parts = new ArrayList<>();
        // One line per service: parts.add(new ServicePart(XxxApplication.NAME, "<database>", <index>, XxxApplication::builder));
        parts.add(new ServicePart(AuthServiceApplication.NAME, "identity", 0, AuthServiceApplication::builder));
        parts.add(new ServicePart(ImagingApplication.NAME, "imaging", 1, ImagingApplication::builder));
        parts.add(new ServicePart(ColorMatchingApplication.NAME, "colormatching", 2, ColorMatchingApplication::builder));
        parts.add(new ServicePart(io.aifashion.catalog.ProductApplication.NAME, "catalog", 3, io.aifashion.catalog.ProductApplication::builder));
        parts.add(new ServicePart(io.aifashion.recommendation.RecommendationApplication.NAME, "recommendation", 4, io.aifashion.recommendation.RecommendationApplication::builder));
        parts.add(new ServicePart(NotificationApplication.NAME, "notification", 5, NotificationApplication::builder));
        return parts;
    }
}
