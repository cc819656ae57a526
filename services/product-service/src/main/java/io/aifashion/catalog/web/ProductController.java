package io.aifashion.catalog.web;

import io.aifashion.catalog.application.CreateProduct;
import io.aifashion.catalog.application.DeleteProduct;
import io.aifashion.catalog.application.ListProducts;
import io.aifashion.catalog.application.ReplaceProduct;
import io.aifashion.catalog.application.SearchByColour;
import io.aifashion.catalog.domain.ColourFamily;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.Text;
import io.aifashion.catalog.domain.importing.ProductRowMapper;
import io.aifashion.catalog.domain.listing.ProductPage;
import io.aifashion.catalog.domain.listing.ProductQuery;
import io.aifashion.catalog.domain.listing.ProductSort;
import io.aifashion.catalog.domain.search.ColourQuery;
import io.aifashion.color.space.Lab;
import io.aifashion.kit.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue API: listing, colour search and reads for everyone; writes for ADMIN only. */
@RestController
@RequestMapping("/api/v1/products")
public class ProductController {

    static final int DEFAULT_LIMIT = 24;
    static final int DEFAULT_COLOUR_LIMIT = 50;
    static final double DEFAULT_MAX_DELTA_E = 10.0;

    private static final Set<String> LIST_PARAMS = Set.of("q", "gender", "category", "minPrice", "maxPrice",
            "currency", "colorFamily", "inStock", "sort", "hex", "limit", "cursor");
    private static final Set<String> SEARCH_PARAMS = Set.of("hex", "maxDeltaE", "limit", "category");

    private final ListProducts list;
    private final ProductJson productJson;
    private final SearchByColour byColour;
    private final CreateProduct create;
    private final ReplaceProduct replace;
    private final DeleteProduct delete;
    private final ProductRowMapper mapper;

    ProductController(ListProducts list, ProductJson productJson, SearchByColour byColour, CreateProduct create,
                      ReplaceProduct replace, DeleteProduct delete, ProductRowMapper mapper) {
        this.list = list;
        this.productJson = productJson;
        this.byColour = byColour;
        this.create = create;
        this.replace = replace;
        this.delete = delete;
        this.mapper = mapper;
    }

    /** One page of products; see docs/api.md for the filters and orders. */
    public record PageResponse(List<Item> items, String nextCursor, int limit) {
    }

    /** A listed product; {@code colorDistance} (CIE76 ΔE*ab) only when ordered by colour. */
    public record Item(ProductResponse product, Double colorDistance) {
    }

    @GetMapping
    public PageResponse list(HttpServletRequest request) {
        QueryParams p = new QueryParams(request.getParameterMap(), LIST_PARAMS);
        Set<Gender> genders = EnumSet.noneOf(Gender.class);
        p.list("gender").forEach(g -> genders.add(Gender.parse(g, "gender")));
        Set<ColourFamily> families = EnumSet.noneOf(ColourFamily.class);
        p.list("colorFamily").forEach(f -> families.add(ColourFamily.parse(f, "colorFamily")));
        Set<String> categories = new LinkedHashSet<>();
        p.list("category").forEach(c -> categories.add(Text.key(c)));
        String sort = p.text("sort");
        String currency = p.text("currency");
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            throw ApiProblem.badRequest("currency", "currency '" + currency + "' is not an ISO 4217 code such as EUR");
        }
        ProductQuery query = new ProductQuery(p.text("q"), genders, categories, p.decimal("minPrice"),
                p.decimal("maxPrice"), currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT),
                families, p.bool("inStock"), sort == null ? null : ProductSort.parse(sort), p.colour("hex"),
                p.integer("limit", DEFAULT_LIMIT), Cursors.decode(p.text("cursor")));
        ProductPage page = list.list(query);
        return new PageResponse(
                page.items().stream().map(i -> new Item(ProductResponse.of(i.product()), i.colourDistance()))
                        .toList(),
                Cursors.encode(page.next()), query.limit());
    }

    /** The product's JSON document, served from the cache as bytes ({@link ProductJson}). */
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> get(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(productJson.of(id));
    }

    /** Colour-search results, nearest first. */
    public record ColourSearchResponse(String hex, ProductResponse.LabView lab, double maxDeltaE,
                                       List<ColourHitView> items, int candidatesExamined) {
    }

    /** A product, its best ΔE00 and the colour of it that matched. */
    public record ColourHitView(ProductResponse product, double deltaE, ProductResponse.LabView matchedLab) {
    }

    @GetMapping("/search/by-color")
    public ColourSearchResponse searchByColour(HttpServletRequest request) {
        QueryParams p = new QueryParams(request.getParameterMap(), SEARCH_PARAMS);
        String hex = p.text("hex");
        if (hex == null) {
            throw ApiProblem.badRequest("hex", "hex is required (#rrggbb)");
        }
        Lab lab = QueryParams.lab("hex", hex);
        String category = p.text("category");
        ColourQuery query = new ColourQuery(hex, lab, p.number("maxDeltaE", DEFAULT_MAX_DELTA_E),
                p.integer("limit", DEFAULT_COLOUR_LIMIT), category == null ? null : Text.key(category));
        SearchByColour.Result result = byColour.search(query);
        return new ColourSearchResponse(lab.toHex(), ProductResponse.LabView.of(lab), query.maxDeltaE(),
                result.hits().stream().map(h -> new ColourHitView(ProductResponse.of(h.product()),
                        Math.round(h.match().deltaE() * 10000) / 10000.0,
                        ProductResponse.LabView.of(new Lab(h.match().l(), h.match().a(), h.match().b())))).toList(),
                result.candidatesRead());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<ProductResponse> create(@RequestBody ProductRequest body) {
        Product created = create.create(content(body));
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                .body(ProductResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public ProductResponse replace(@PathVariable UUID id, @RequestBody ProductRequest body) {
        return ProductResponse.of(replace.replace(id, content(body)));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<Void> delete(@PathVariable UUID id) {
        delete.delete(id);
        return ResponseEntity.noContent().build();
    }

    private ProductContent content(ProductRequest body) {
        if (body == null) {
            throw new InvalidProductException("body", "a product is required");
        }
        return mapper.map(body.toRaw()).content();
    }
}
