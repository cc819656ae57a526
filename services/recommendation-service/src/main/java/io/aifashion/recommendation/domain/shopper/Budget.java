package io.aifashion.recommendation.domain.shopper;

import java.math.BigDecimal;
import java.util.Objects;

/** A price band in one currency; either bound may be open. */
public record Budget(BigDecimal min, BigDecimal max, String currency) {

    public Budget {
        Objects.requireNonNull(currency, "currency");
        if (min == null && max == null) {
            throw new IllegalArgumentException("a budget needs a minimum or a maximum");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("budget minimum above maximum");
        }
    }

    /**
     * How well a price fits, in [0, 1]: 1 inside the band, falling off with the log-ratio to the
     * nearest bound outside it (a 25 % overshoot scores about 0.5); NaN when the price is in another
     * currency or unknown, since no exchange rate is known here.
     */
    public double fit(double price, String priceCurrency) {
        if (!(price > 0) || priceCurrency == null || !priceCurrency.equalsIgnoreCase(currency)) {
            return Double.NaN;
        }
        double distance = 0;
        if (max != null && price > max.doubleValue()) {
            distance = Math.log(price / Math.max(max.doubleValue(), 0.01));
        } else if (min != null && price < min.doubleValue()) {
            distance = Math.log(min.doubleValue() / price);
        }
        return Math.exp(-distance / 0.32);
    }
}
