package io.aifashion.catalog.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A price: a non-negative amount with at most two decimals in an ISO 4217 currency (three
 * upper-case letters; the catalogue does not restrict the list of currencies).
 */
public record Money(BigDecimal amount, String currency) {

    /** numeric(12,2): up to 9,999,999,999.99. */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amount == null) {
            throw new InvalidProductException("price", "price is required");
        }
        if (amount.signum() < 0) {
            throw new InvalidProductException("price", "price must not be negative; got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidProductException("price", "price has more than two decimals: " + amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidProductException("price", "price is larger than " + MAX.toPlainString());
        }
        amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (currency == null || currency.isBlank()) {
            throw new InvalidProductException("currency", "currency is required with a price (ISO 4217, e.g. EUR)");
        }
        currency = currency.strip().toUpperCase(Locale.ROOT);
        if (!ISO_4217.matcher(currency).matches()) {
            throw new InvalidProductException("currency", "currency '" + currency + "' is not an ISO 4217 code such as EUR");
        }
    }

    /** Parses a decimal amount given as text (e.g. from a CSV column). */
    public static Money parse(String amount, String currency) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidProductException("price", "price '" + amount + "' is not a number");
        }
        return new Money(value, currency);
    }
}
