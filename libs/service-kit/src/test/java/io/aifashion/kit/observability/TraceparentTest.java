package io.aifashion.kit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing of the W3C Trace Context {@code traceparent} header (Recommendation, §3.2 and §4.3). */
class TraceparentTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PARENT = "00f067aa0ba902b7";

    @Test
    void theSpecificationsExampleIsParsedAndWrittenBackUnchanged() {
        String value = "00-" + TRACE + "-" + PARENT + "-01";
        Traceparent tp = Traceparent.parse(value).orElseThrow();
        assertThat(tp.traceId()).isEqualTo(TRACE);
        assertThat(tp.parentId()).isEqualTo(PARENT);
        assertThat(tp.sampled()).isTrue();
        assertThat(tp.value()).isEqualTo(value);
        assertThat(Traceparent.parse("00-" + TRACE + "-" + PARENT + "-00").orElseThrow().sampled()).isFalse();
    }

    @Test
    void invalidValuesAreIgnoredSoThatATraceStartsAfresh() {
        assertThat(Traceparent.parse(null)).isEmpty();
        assertThat(Traceparent.parse("")).isEmpty();
        assertThat(Traceparent.parse("00-" + TRACE.toUpperCase() + "-" + PARENT + "-01")).isEmpty();
        assertThat(Traceparent.parse("00-" + "0".repeat(32) + "-" + PARENT + "-01")).isEmpty();
        assertThat(Traceparent.parse("00-" + TRACE + "-" + "0".repeat(16) + "-01")).isEmpty();
        assertThat(Traceparent.parse("ff-" + TRACE + "-" + PARENT + "-01")).isEmpty();
        // Version 00 has exactly four fields; a later version may append more (§4.3).
        assertThat(Traceparent.parse("00-" + TRACE + "-" + PARENT + "-01-extra")).isEmpty();
        assertThat(Traceparent.parse("01-" + TRACE + "-" + PARENT + "-01-extra")).isPresent();
    }

    @Test
    void aTraceparentCannotBeBuiltFromInvalidIds() {
        assertThatThrownBy(() -> new Traceparent("abc", PARENT, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trace id");
        assertThatThrownBy(() -> new Traceparent(TRACE, "0".repeat(16), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent id");
    }
}
