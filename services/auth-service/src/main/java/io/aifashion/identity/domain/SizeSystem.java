package io.aifashion.identity.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The sizing systems a preferred size may be given in, each with the sizes it has: international
 * letter sizes, EU/UK/US clothing sizes (even numbers, as in EN 13402-3 and the US misses chart),
 * and EU/UK/US shoe sizes (whole and half sizes).
 */
public enum SizeSystem {
    INT("INT"),
    EU("EU"),
    UK("UK"),
    US("US"),
    EU_SHOE("EU-SHOE"),
    UK_SHOE("UK-SHOE"),
    US_SHOE("US-SHOE");

    private static final List<String> LETTERS = List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL");

    private final String wire;

    SizeSystem(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SizeSystem> of(String wire) {
        for (SizeSystem s : values()) {
            if (s.wire.equalsIgnoreCase(wire)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The canonical spelling of {@code size} in this system, or empty if the system has no such size. */
    public Optional<String> canonical(String size) {
        if (this == INT) {
            String upper = size.toUpperCase(java.util.Locale.ROOT);
            return LETTERS.contains(upper) ? Optional.of(upper) : Optional.empty();
        }
        if (!size.matches("\\d{1,2}(\\.[05])?")) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(size).stripTrailingZeros();
        boolean whole = n.scale() <= 0;
        boolean ok = switch (this) {
            case EU -> whole && n.intValue() >= 30 && n.intValue() <= 64 && n.intValue() % 2 == 0;
            case UK -> whole && n.intValue() >= 2 && n.intValue() <= 32 && n.intValue() % 2 == 0;
            case US -> whole && n.intValue() >= 0 && n.intValue() <= 60;
            case EU_SHOE -> n.compareTo(BigDecimal.valueOf(16)) >= 0 && n.compareTo(BigDecimal.valueOf(52)) <= 0;
            case UK_SHOE -> n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(16)) <= 0;
            case US_SHOE -> n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(17)) <= 0;
            case INT -> false;
        };
        return ok ? Optional.of(n.toPlainString()) : Optional.empty();
    }

    public static String known() {
        return String.join(", ", java.util.Arrays.stream(values()).map(SizeSystem::wire).toList());
    }
}
