package io.jointresponse.serialization.internal;

import io.jointresponse.core.internal.Bundles;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of the wire format's findings in one language, read from this module's
 * {@code WireMessages} bundles: English ({@code WireMessages.properties}) and Japanese
 * ({@code WireMessages_ja.properties}).
 *
 * <p>A text may hold numbered parameters ({@code {0}}, {@code {1}}) that the reader fills with
 * what the catalogue alone decides: a line and column, a limit, a model type's name, the wire names
 * of an enumeration, or another text of this bundle. A value from a payload is never a parameter.
 * The bundles are read file by file, as the validation module reads its own, so that the JVM's
 * default locale never decides the language.
 */
public final class WireMessages {

    /** Where the bundles are, as a resource path prefix. */
    public static final String BUNDLE = "/io/jointresponse/serialization/WireMessages";

    /** The English texts, which are also what a key missing from another language falls back to. */
    public static final WireMessages ENGLISH = new WireMessages(Locale.ENGLISH);

    private static final WireMessages JAPANESE = new WireMessages(Locale.JAPANESE);

    /** The bundles, each read on the first text asked of it: a payload that reads cleanly needs none. */
    private static final class EnglishTexts {
        static final Map<String, String> TEXTS = load("");
    }

    private static final class JapaneseTexts {
        static final Map<String, String> TEXTS = load("_ja");
    }

    private final Locale locale;

    private WireMessages(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the texts in a language.
     *
     * @param locale any locale, not null: Japanese by language, English otherwise
     * @return the texts
     */
    public static WireMessages of(Locale locale) {
        return locale.getLanguage().equals("ja") ? JAPANESE : ENGLISH;
    }

    /** @return {@link Locale#ENGLISH} or {@link Locale#JAPANESE} */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns a text with its parameters filled in.
     *
     * @param key the key, such as {@code type.expected}, not null
     * @param parameters the values of {@code {0}}, {@code {1}}…, catalogue text only
     * @return the text
     * @throws IllegalStateException if no bundle has the key
     */
    public String text(String key, Object... parameters) {
        Objects.requireNonNull(key, "key");
        String text = (this == JAPANESE ? JapaneseTexts.TEXTS : EnglishTexts.TEXTS).get(key);
        if (text == null && this == JAPANESE) {
            text = EnglishTexts.TEXTS.get(key);
        }
        if (text == null) {
            throw new IllegalStateException("No wire-format message " + key);
        }
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(parameters[i]));
        }
        return text;
    }

    /**
     * Returns the content of one bundle file, for tests that keep the bundles complete.
     *
     * @param suffix {@code ""} or {@code "_ja"}, not null
     * @return key to text, in key order
     */
    public static Map<String, String> bundle(String suffix) {
        switch (suffix) {
            case "":
                return EnglishTexts.TEXTS;
            case "_ja":
                return JapaneseTexts.TEXTS;
            default:
                throw new IllegalArgumentException("No bundle " + suffix);
        }
    }

    private static Map<String, String> load(String suffix) {
        String name = BUNDLE + suffix + ".properties";
        return Bundles.read(WireMessages.class.getResourceAsStream(name), name);
    }
}
