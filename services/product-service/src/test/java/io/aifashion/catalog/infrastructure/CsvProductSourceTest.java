package io.aifashion.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.domain.importing.RawProduct;
import io.aifashion.catalog.domain.importing.SourceRow;
import io.aifashion.catalog.infrastructure.importing.CsvProductSource;
import io.aifashion.catalog.infrastructure.importing.JsonLinesProductSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Feed readers: both CSV layouts, RFC 4180 quoting, line numbers of bad rows, JSON lines. */
class CsvProductSourceTest {

    static final String STYLES_HEADER =
            "id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName\n";

    static List<SourceRow> read(ProductSource source) {
        List<SourceRow> rows = new ArrayList<>();
        while (source.hasNext()) {
            rows.add(source.next());
        }
        return rows;
    }

    static ProductSource csv(String text) {
        return new CsvProductSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1);
    }

    @Test
    void readsTheStylesLayoutWithQuotesBomAndCrlf() {
        String text = "\uFEFF" + STYLES_HEADER.replace("\n", "\r\n")
                + "15970,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Turtle Check Men Navy Blue Shirt\r\n"
                + "7491,Women,Apparel,Bottomwear,Shorts,Pink,Summer,2011,Sports,\"Nike Women's EM Tempo 3.5\"\" Pink Short\"\r\n"
                + "\r\n"
                + "5402,Women,Footwear,Shoes,Sports Shoes,Purple,,2011,NA,Kalenji Ekiden 200 Wn Purple 2011\r\n";
        ProductSource source = csv(text);
        assertThat(source.layout()).isEqualTo("csv/styles");
        List<SourceRow> rows = read(source);
        assertThat(rows).hasSize(3).allMatch(r -> r instanceof SourceRow.Read);
        RawProduct first = ((SourceRow.Read) rows.get(0)).product();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.sku()).isEqualTo("15970");
        assertThat(first.brand()).isEqualTo("Turtle Check");
        assertThat(first.primaryColour().name()).isEqualTo("Navy Blue");
        assertThat(first.seasons()).containsExactly("Fall");
        RawProduct quoted = ((SourceRow.Read) rows.get(1)).product();
        assertThat(quoted.name()).isEqualTo("Nike Women's EM Tempo 3.5\" Pink Short");
        RawProduct third = ((SourceRow.Read) rows.get(2)).product();
        assertThat(third.line()).isEqualTo(5);
        assertThat(third.seasons()).isEmpty();
        assertThat(third.usages()).isEmpty();
    }

    @Test
    void reportsRowsCutAtCommasAndMissingIdsByLine() {
        String text = STYLES_HEADER
                + "1,Men,Apparel,Topwear,Shirts,Blue,Fall,2011,Casual,Good Shirt\n"
                + "2,Men,Apparel,Topwear,Shirts,Blue,Fall,2011,Casual,Shirt, with a comma\n"
                + ",Men,Apparel,Topwear,Shirts,Blue,Fall,2011,Casual,No Id\n"
                + "4,Men,Apparel,Topwear,Shirts,Blue\n";
        List<SourceRow> rows = read(csv(text));
        assertThat(rows.get(0)).isInstanceOf(SourceRow.Read.class);
        assertThat(rows.get(1)).isEqualTo(new SourceRow.Unreadable(3,
                "expected 10 fields, found 11 (a display name with an unquoted comma?)"));
        assertThat(rows.get(2)).isEqualTo(new SourceRow.Unreadable(4, "missing id"));
        assertThat(rows.get(3)).isEqualTo(new SourceRow.Unreadable(5, "expected 10 fields, found 6"));
    }

    @Test
    void readsTheFullLayoutInAnyColumnOrder() {
        String text = "name,sku,gender,masterCategory,subCategory,articleType,price,currency,sizes,primaryColorHex,"
                + "secondaryColors,shadeName,shadeHex\n"
                + "\"Skin Tint, 30 ml\",F-1,women,Personal Care,Makeup,Foundation and Primer,29.90,EUR,30 ml,"
                + "#c89f7c,Gold:#d4af37|#000000,220 Warm Beige,#c89f7c\n";
        List<SourceRow> rows = read(csv(text));
        RawProduct p = ((SourceRow.Read) rows.getFirst()).product();
        assertThat(p.name()).isEqualTo("Skin Tint, 30 ml");
        assertThat(p.price()).isEqualTo("29.90");
        assertThat(p.secondaryColours()).hasSize(2);
        assertThat(p.secondaryColours().get(0).name()).isEqualTo("Gold");
        assertThat(p.secondaryColours().get(0).hex()).isEqualTo("#d4af37");
        assertThat(p.shadeHex()).isEqualTo("#c89f7c");
    }

    @Test
    void refusesAFileItCannotInterpretBeforeReadingAnyRow() {
        assertThatThrownBy(() -> csv("")).isInstanceOfSatisfying(InvalidProductException.class,
                e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> csv("foo,bar\n1,2\n")).isInstanceOfSatisfying(InvalidProductException.class,
                e -> assertThat(e.getMessage()).contains("unrecognised CSV header"));
        assertThatThrownBy(() -> csv("sku,name,gender,masterCategory,subCategory,articleType,colour\n"))
                .isInstanceOfSatisfying(InvalidProductException.class,
                        e -> assertThat(e.getMessage()).contains("unknown column 'color'"));
    }

    @Test
    void readsJsonLinesAndReportsBadLines() {
        String text = """
                {"sku":"J-1","name":"Linen Shirt","gender":"men","masterCategory":"Apparel","subCategory":"Topwear","articleType":"Shirts","price":59.9,"currency":"EUR","sizes":["M","L"],"primaryColor":{"name":"Sage","hex":"#9caf88"},"secondaryColors":["#ffffff"]}

                not json
                {"id":15970,"gender":"Men","masterCategory":"Apparel","subCategory":"Topwear","articleType":"Shirts","baseColour":"Navy Blue","season":"Fall","year":2011,"usage":"Casual","productDisplayName":"Turtle Check Men Navy Blue Shirt"}
                [1,2]
                """;
        ProductSource source = new JsonLinesProductSource(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1, JsonMapper.builder().build());
        List<SourceRow> rows = read(source);
        assertThat(rows).hasSize(4);
        RawProduct first = ((SourceRow.Read) rows.get(0)).product();
        assertThat(first.price()).isEqualTo("59.9");
        assertThat(first.sizes()).containsExactly("M", "L");
        assertThat(first.primaryColour().hex()).isEqualTo("#9caf88");
        assertThat(first.secondaryColours().getFirst().hex()).isEqualTo("#ffffff");
        assertThat(rows.get(1)).isInstanceOfSatisfying(SourceRow.Unreadable.class,
                u -> assertThat(u.line()).isEqualTo(3));
        RawProduct styles = ((SourceRow.Read) rows.get(2)).product();
        assertThat(styles.sku()).isEqualTo("15970");
        assertThat(styles.year()).isEqualTo("2011");
        assertThat(styles.brand()).isEqualTo("Turtle Check");
        assertThat(rows.get(3)).isEqualTo(new SourceRow.Unreadable(5, "not a JSON object"));
    }
}
