package io.aifashion.recommender.io;

import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.synthetic.SyntheticFashionConfig;
import io.aifashion.recommender.synthetic.SyntheticFashionData;
import io.aifashion.recommender.synthetic.SyntheticFashionGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileFormatsTest {

    private static ReadSummary read(String text, InteractionFileFormat format, OptionalDouble threshold) throws Exception {
        return new InteractionReader().read(new BufferedReader(new StringReader(text)), "test", format, threshold,
                InteractionLog.builder());
    }

    @Test
    void movieLensWithAPositiveThresholdKeepsHighRatingsAsWeightOne() throws Exception {
        ReadSummary r = read("196\t242\t3\t881250949\n186\t302\t3\t891717742\n22\t377\t1\t878887116\n196\t302\t5\t881250950\n\n",
                InteractionFileFormat.MOVIELENS, OptionalDouble.of(4));
        assertThat(r.lines()).isEqualTo(4);
        assertThat(r.belowThreshold()).isEqualTo(3);
        assertThat(r.log().size()).isEqualTo(1);
        assertThat(r.log().interaction(0).userId()).isEqualTo("196");
        assertThat(r.log().interaction(0).itemId()).isEqualTo("302");
        assertThat(r.log().weight(0)).isEqualTo(1f);
        assertThat(r.log().timestamp(0)).isEqualTo(881250950L);
    }

    @Test
    void movieLensWithoutThresholdUsesRatingsAsWeightsAndAcceptsTheDoubleColonLayout() throws Exception {
        ReadSummary r = read("1::10::4::100\n1::11::2::101\n", InteractionFileFormat.MOVIELENS, OptionalDouble.empty());
        InteractionMatrix m = r.log().toMatrix();
        assertThat(m.byUser().get(0, m.items().indexOf("11"))).isEqualTo(2f);
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> read("1\t2\t5\t100\n1\t3\tfive\t101\n", InteractionFileFormat.MOVIELENS, OptionalDouble.empty()))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'five' is not a number");
        assertThatThrownBy(() -> read("1 2\n", InteractionFileFormat.MOVIELENS, OptionalDouble.empty()))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("", InteractionFileFormat.MOVIELENS, OptionalDouble.empty()))
                .hasMessageContaining("no interactions");
    }

    @Test
    void csvFindsColumnsByHeaderNameAndUnderstandsEvents() throws Exception {
        ReadSummary r = read("timestamp,item,user,rating\n5,shoe,ann,4.5\n6,coat,ann,2\n",
                InteractionFileFormat.CSV, OptionalDouble.of(4));
        assertThat(r.log().size()).isEqualTo(1);
        assertThat(r.log().interaction(0).itemId()).isEqualTo("shoe");

        ReadSummary events = read("user,item,event,timestamp\nann,shoe,view,1\nann,shoe,like,2\nann,coat,dislike,3\n",
                InteractionFileFormat.CSV, OptionalDouble.empty());
        InteractionMatrix m = events.log().toMatrix();
        assertThat(m.byUser().get(0, m.items().indexOf("shoe"))).isEqualTo(5f);
        assertThat(m.dislikes().contains(0, m.items().indexOf("coat"))).isTrue();

        assertThatThrownBy(() -> read("who,what\n1,2\n", InteractionFileFormat.CSV, OptionalDouble.empty()))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> read("user,item,event\nann,shoe,stare\n", InteractionFileFormat.CSV, OptionalDouble.empty()))
                .hasMessageContaining("line 2").hasMessageContaining("unknown event type");
    }

    @Test
    void syntheticDataRoundTripsThroughItsFiles(@TempDir Path dir) throws Exception {
        SyntheticFashionData data = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(50, 40, 3));
        new SyntheticFashionFiles().write(data, EventWeights.defaults(), dir);
        ItemCatalog catalogue = new CatalogueCsv().read(dir.resolve(SyntheticFashionFiles.ITEMS));
        assertThat(catalogue.items()).isEqualTo(data.catalogue().items());
        assertThat(catalogue.features(3).category()).isEqualTo(data.catalogue().features(3).category());
        assertThat(catalogue.features(3).colour().get(1)).isCloseTo(data.catalogue().features(3).colour().get(1),
                org.assertj.core.api.Assertions.within(0.006));

        ReadSummary r = new InteractionReader().read(dir.resolve(SyntheticFashionFiles.INTERACTIONS), InteractionFileFormat.CSV,
                OptionalDouble.empty(), InteractionLog.builder(catalogue.items()));
        InteractionLog expected = data.toLog(EventWeights.defaults());
        assertThat(r.log().size()).isEqualTo(expected.size());
        assertThat(r.log().toMatrix().positiveCount()).isEqualTo(expected.toMatrix().positiveCount());

        var palettes = new PaletteCsv().read(dir.resolve(SyntheticFashionFiles.USERS));
        assertThat(palettes).hasSize(50);
        assertThat(palettes.get(data.shoppers().get(0).userId())).hasSize(5);

        StringWriter out = new StringWriter();
        new CatalogueCsv().write(catalogue, out);
        assertThat(out.toString()).startsWith("item,category,price,colour\n");
        assertThat(Files.readString(dir.resolve(SyntheticFashionFiles.USERS))).startsWith("user,season,palette,");
    }

    @Test
    void catalogueErrorsNameTheLine() {
        assertThatThrownBy(() -> new CatalogueCsv().read(new BufferedReader(new StringReader(
                "item,category,price,colour\na,tops,10,1 2 3\nb,tops,-5,1 2 3\n")), "items.csv"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("items.csv line 3");
    }
}
