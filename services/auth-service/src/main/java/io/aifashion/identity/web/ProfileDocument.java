package io.aifashion.identity.web;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.identity.application.AccountView;
import io.aifashion.identity.application.ProfileDraft;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.Budget;
import io.aifashion.identity.domain.ClothingSize;
import io.aifashion.identity.domain.Colour;
import io.aifashion.identity.domain.Consent;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.Gender;
import io.aifashion.identity.domain.InvalidInputException;
import io.aifashion.identity.domain.Preferences;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.StyleTag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile's JSON form: the full document {@code GET /api/v1/users/me} returns, its editable
 * part ({@code displayName}, {@code preferences}, {@code consent}) that a merge patch applies to,
 * and the strict reading of an edited document back into domain values — every field checked,
 * every problem named by its path ({@code preferences.sizes[2]}), unknown fields refused.
 */
final class ProfileDocument {

    static final Set<String> EDITABLE = Set.of("displayName", "preferences", "consent");
    static final Set<String> READ_ONLY = Set.of("id", "email", "emailVerified", "roles", "createdAt", "updatedAt");
    private static final Set<String> PREFERENCE_FIELDS = Set.of("gender", "sizes", "budget", "favouriteColors",
            "dislikedColors", "styleTags");
    private static final Set<String> BUDGET_FIELDS = Set.of("min", "max", "currency");
    private static final Set<String> CONSENT_FIELDS = Set.of("storePhotos", "emails", "push");

    private ProfileDocument() {
    }

    static Map<String, Object> full(AccountView view) {
        Account a = view.account();
        Profile p = view.profile();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("email", a.email().value());
        m.put("emailVerified", a.emailVerified());
        m.put("displayName", a.displayName().value());
        m.put("roles", a.roleNames());
        m.put("createdAt", a.createdAt());
        m.put("preferences", preferences(p.preferences()));
        m.put("consent", consent(p.consent()));
        m.put("updatedAt", p.updatedAt());
        return m;
    }

    static JsonNode editable(ProfileDraft draft, JsonMapper json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", draft.displayName().value());
        m.put("preferences", preferences(draft.preferences()));
        m.put("consent", consent(draft.consent()));
        return json.valueToTree(m);
    }

    /** Refuses a patch that is not an object or touches what may not be edited here. */
    static void checkPatch(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object (a JSON Merge Patch, RFC 7396)");
        }
        FieldErrors errors = new FieldErrors();
        for (String name : patch.propertyNames()) {
            if (READ_ONLY.contains(name)) {
                errors.add(name, "is read-only");
            } else if (!EDITABLE.contains(name)) {
                errors.add(name, "is not a field of the profile");
            }
        }
        errors.throwIfAny();
    }

    static ProfileDraft parse(JsonNode doc, ColorNameDictionary names) {
        FieldErrors errors = new FieldErrors();
        DisplayName name = errors.read(() -> DisplayName.parse(text(doc.get("displayName"), "displayName")));

        JsonNode p = object(doc.get("preferences"), "preferences", PREFERENCE_FIELDS, errors);
        Gender gender = errors.read(() -> {
            String g = optionalText(p.get("gender"), "preferences.gender");
            return g == null ? null : Gender.parse(g, "preferences.gender");
        });
        List<ClothingSize> sizes = list(p.get("sizes"), "preferences.sizes", Preferences.MAX_SIZES, errors,
                ClothingSize::parse);
        Budget budget = budget(p.get("budget"), errors);
        List<Colour> favourites = list(p.get("favouriteColors"), "preferences.favouriteColors",
                Preferences.MAX_COLOURS, errors, (s, f) -> Colour.parse(s, f, names));
        List<Colour> disliked = list(p.get("dislikedColors"), "preferences.dislikedColors",
                Preferences.MAX_COLOURS, errors, (s, f) -> Colour.parse(s, f, names));
        List<StyleTag> tags = list(p.get("styleTags"), "preferences.styleTags", Preferences.MAX_STYLE_TAGS, errors,
                StyleTag::parse);

        JsonNode c = object(doc.get("consent"), "consent", CONSENT_FIELDS, errors);
        Boolean photos = flag(c.get("storePhotos"), "consent.storePhotos", errors);
        Boolean emails = flag(c.get("emails"), "consent.emails", errors);
        Boolean push = flag(c.get("push"), "consent.push", errors);
        errors.throwIfAny();

        Preferences preferences = errors.read(() -> new Preferences(gender, sizes, budget, favourites, disliked, tags));
        errors.throwIfAny();
        return new ProfileDraft(name, preferences, new Consent(photos, emails, push));
    }

    private static JsonNode object(JsonNode node, String field, Set<String> known, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            errors.add(field, "must be an object");
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.add(field + "." + name, "is not a known field");
            }
        }
        return node;
    }

    private static Budget budget(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode b = object(node, "preferences.budget", BUDGET_FIELDS, errors);
        if (!node.isObject()) {
            return null;
        }
        BigDecimal min = errors.read(() -> amount(b.get("min"), "preferences.budget.min"));
        BigDecimal max = errors.read(() -> amount(b.get("max"), "preferences.budget.max"));
        String currency = errors.read(() -> optionalText(b.get("currency"), "preferences.budget.currency"));
        if (!errors.isEmpty()) {
            return null;
        }
        return errors.read(() -> new Budget(min, max, currency));
    }

    private static BigDecimal amount(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new InvalidInputException(field, "must be a number");
        }
        return node.decimalValue();
    }

    private static Boolean flag(JsonNode node, String field, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(field, "must be true or false");
            return false;
        }
        return node.booleanValue();
    }

    private static <T> List<T> list(JsonNode node, String field, int max, FieldErrors errors,
                                    BiFunction<String, String, T> parse) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(field, "must be an array of strings");
            return List.of();
        }
        if (node.size() > max) {
            errors.add(field, "may hold at most " + max + " entries");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        int i = 0;
        for (JsonNode element : node.values()) {
            String elementField = field + "[" + i++ + "]";
            T value = errors.read(() -> parse.apply(text(element, elementField), elementField));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!node.isString()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return node.stringValue();
    }

    private static String optionalText(JsonNode node, String field) {
        return node == null || node.isNull() ? null : text(node, field);
    }

    private static Map<String, Object> preferences(Preferences prefs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gender", prefs.gender() == null ? null : prefs.gender().wire());
        m.put("sizes", prefs.sizes().stream().map(ClothingSize::wire).toList());
        Budget b = prefs.budget();
        if (b == null) {
            m.put("budget", null);
        } else {
            Map<String, Object> budget = new LinkedHashMap<>();
            budget.put("min", b.min());
            budget.put("max", b.max());
            budget.put("currency", b.currency());
            m.put("budget", budget);
        }
        m.put("favouriteColors", prefs.favouriteColors().stream().map(Colour::value).toList());
        m.put("dislikedColors", prefs.dislikedColors().stream().map(Colour::value).toList());
        m.put("styleTags", prefs.styleTags().stream().map(StyleTag::value).toList());
        return m;
    }

    private static Map<String, Object> consent(Consent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("storePhotos", c.storePhotos());
        m.put("emails", c.emails());
        m.put("push", c.push());
        return m;
    }
}
