package io.aifashion.identity.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * What a shopper is willing to spend per item: a range in one ISO 4217 currency. Either bound may
 * be open (null), not both; amounts are 0 to 1,000,000 with at most two decimals.
 */
public record Budget(BigDecimal min, BigDecimal max, String currency) {

    private static final BigDecimal LIMIT = new BigDecimal("1000000");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Budget {
        if (min == null && max == null) {
            throw new InvalidInputException("preferences.budget", "needs a min, a max or both (or null for no budget)");
        }
        min = amount(min, "preferences.budget.min");
        max = amount(max, "preferences.budget.max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidInputException("preferences.budget.min", "must not exceed preferences.budget.max");
        }
        if (currency == null || !CODE.matcher(currency).matches() || !isIsoCurrency(currency)) {
            throw new InvalidInputException("preferences.budget.currency",
                    "must be an ISO 4217 currency code such as EUR, GBP or USD");
        }
    }

    private static BigDecimal amount(BigDecimal v, String field) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(LIMIT) > 0) {
            throw new InvalidInputException(field, "must be between 0 and 1000000");
        }
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidInputException(field, "must have at most two decimals");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
