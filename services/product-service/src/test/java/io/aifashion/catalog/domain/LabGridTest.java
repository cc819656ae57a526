package io.aifashion.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.catalog.domain.search.LabGrid;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CIELAB grid: every colour within a radius lies in a cell of the shells up to that radius. */
class LabGridTest {

    @Test
    void shellsHoldEveryColourWithinTheirRadius() {
        SplittableRandom r = new SplittableRandom(11);
        double[] radii = {4, 6, 9, 13.5, 20.25};
        for (int query = 0; query < 200; query++) {
            Lab q = Srgb.fromPacked(r.nextInt(1 << 24)).toLab();
            Set<Integer> covered = new HashSet<>();
            double inner = -1;
            for (double radius : radii) {
                int[] shell = LabGrid.shell(q, inner, radius);
                for (int cell : shell) {
                    assertThat(covered.add(cell)).as("a cell belongs to one shell only").isTrue();
                }
                for (int k = 0; k < 2000; k++) {
                    // colours near the query, and exactly on cell edges
                    Lab x = k % 2 == 0 ? Srgb.fromPacked(r.nextInt(1 << 24)).toLab()
                            : new Lab(Math.clamp(q.l() + r.nextInt(-10, 11) * 1.0, 0, 100),
                                    q.a() + r.nextInt(-10, 11) * 2.0, q.b() + r.nextInt(-10, 11) * 2.0);
                    double d = Math.sqrt(sq(x.l() - q.l()) + sq(x.a() - q.a()) + sq(x.b() - q.b()));
                    if (d <= radius) {
                        assertThat(covered).as("%s within %s of %s", x, radius, q).contains(LabGrid.cellOf(x));
                    }
                }
                inner = radius;
            }
        }
    }

    @Test
    void everySrgbColourHasACellAndTheShellsAreSorted() {
        for (int rgb = 0; rgb < 1 << 24; rgb += 4099) {
            LabGrid.cellOf(Srgb.fromPacked(rgb).toLab());
        }
        LabGrid.cellOf(Srgb.fromPacked(0x0000ff).toLab());
        LabGrid.cellOf(Srgb.fromPacked(0x00ff00).toLab());
        LabGrid.cellOf(Srgb.fromPacked(0xffff00).toLab());
        LabGrid.cellOf(Srgb.fromPacked(0xff00ff).toLab());
        int[] shell = LabGrid.shell(new Lab(50, 0, 0), -1, 9);
        int[] sorted = shell.clone();
        Arrays.sort(sorted);
        assertThat(shell).isEqualTo(sorted);
        assertThatThrownBy(() -> LabGrid.cellOf(50, 190, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A colour exactly one radius below white lies on a cell edge: it must be in one of the shells. */
    @Test
    void coloursOnACellEdgeAtTheRadiusAreCovered() {
        Lab white = new Lab(100, -1.6666666158293708E-5, 6.666666463317483E-6);
        Lab onEdge = new Lab(95.41962400201547, -0.3320586744206544, -0.11683619689768499);
        Set<Integer> covered = new HashSet<>();
        for (int cell : LabGrid.shell(white, -1, 4)) {
            covered.add(cell);
        }
        for (int cell : LabGrid.shell(white, 4, 6)) {
            covered.add(cell);
        }
        assertThat(covered).contains(LabGrid.cellOf(onEdge));
    }

    @Test
    void aCellIsTwoUnitsWide() {
        assertThat(LabGrid.cellOf(50, 0.5, 1.99)).isEqualTo(LabGrid.cellOf(51.9, 0, 0));
        assertThat(LabGrid.cellOf(50, 0, 0)).isNotEqualTo(LabGrid.cellOf(52, 0, 0));
        assertThat(LabGrid.cellOf(50, -0.01, 0)).isNotEqualTo(LabGrid.cellOf(50, 0, 0));
    }

    private static double sq(double v) {
        return v * v;
    }
}
