package io.aifashion.launcher;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadCarriersTest {

    @Test
    void widensTheCarrierPoolBeyondTheCoreCount() {
        Properties p = new Properties();
        assertThat(VirtualThreadCarriers.widen(p, 2)).isEqualTo("8");
        assertThat(p.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("8");
        assertThat(VirtualThreadCarriers.widen(new Properties(), 16)).isEqualTo("32");
    }

    @Test
    void leavesAnExplicitSettingAlone() {
        Properties p = new Properties();
        p.setProperty(VirtualThreadCarriers.PARALLELISM, "3");
        assertThat(VirtualThreadCarriers.widen(p, 2)).isEqualTo("3");
        assertThat(p.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("3");
    }
}
