package io.aifashion.catalog.web;

import io.aifashion.catalog.application.MatchShades;
import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.shade.BrandShades;
import io.aifashion.catalog.domain.shade.ShadeCatalogue;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.kit.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Foundation shades: the whole range, and the nearest shades per brand to a skin colour. */
@RestController
@RequestMapping("/api/v1/shades")
public class ShadeController {

    private final MatchShades match;
    private final ShadeCatalogue shades;

    public ShadeController(MatchShades match, ShadeCatalogue shades) {
        this.match = match;
        this.shades = shades;
    }

    /** A shade product as listed. */
    public record ShadeItem(UUID productId, String sku, String name, String brand, String shadeName, String hex,
                            ProductResponse.LabView lab, int monkTone, ProductResponse.Price price, boolean inStock) {
        static ShadeItem of(Product p) {
            var c = p.content();
            return new ShadeItem(p.id(), c.sku(), c.name(), c.brand(), c.shade().name(), c.shade().hex(),
                    ProductResponse.LabView.of(c.shade().lab()), c.shade().monkTone(),
                    c.price() == null ? null : new ProductResponse.Price(c.price().amount(), c.price().currency()),
                    c.inStock());
        }
    }

    /** A shade with its distance from the skin colour and the grade of the match. */
    public record MatchItem(ShadeItem shade, double deltaE, String grade) {
    }

    public record BrandMatches(String brand, List<MatchItem> shades) {
    }

    public record MatchResponse(String hex, ProductResponse.LabView lab, int monkTone, List<BrandMatches> brands) {
    }

    /** Every shade, by brand and then from lightest to deepest. */
    @GetMapping
    public List<ShadeItem> all(HttpServletRequest request) {
        QueryParams p = new QueryParams(request.getParameterMap(), Set.of("brand"));
        return shades.shades(p.text("brand")).stream()
                .sorted(Comparator.comparing((Product s) -> s.content().brand() == null ? "" : s.content().brand())
                        .thenComparing(s -> -s.content().shade().lab().l()))
                .map(ShadeItem::of)
                .toList();
    }

    @GetMapping("/match")
    public MatchResponse match(HttpServletRequest request) {
        QueryParams p = new QueryParams(request.getParameterMap(), Set.of("hex", "brand", "perBrand"));
        String hex = p.text("hex");
        if (hex == null) {
            throw ApiProblem.badRequest("hex", "hex is required (#rrggbb)");
        }
        Lab skin = QueryParams.lab("hex", hex);
        List<BrandShades> found = match.match(skin, p.text("brand"), p.integer("perBrand", 3));
        return new MatchResponse(skin.toHex(), ProductResponse.LabView.of(skin),
                MonkScale.standard().classify(skin).tone(),
                found.stream().map(b -> new BrandMatches(b.brand(), b.shades().stream()
                        .map(m -> new MatchItem(ShadeItem.of(m.product()), Math.round(m.deltaE() * 100) / 100.0,
                                m.grade().code()))
                        .toList())).toList());
    }
}
