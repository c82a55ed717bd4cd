package io.jointresponse.validation.internal;

import io.jointresponse.core.internal.Bundles;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule messages in Japanese and English, read from this module's {@code ValidationMessages}
 * bundles.
 *
 * <p>The bundles live in the package {@code io/jointresponse/validation}, not at the class-path root,
 * so that they can never shadow or be shadowed by an application's own root
 * {@code ValidationMessages}. They are read here, file by file, rather than through
 * {@code ResourceBundle.getBundle}: that would fall back to the JVM's default locale when a file is
 * missing (a Japanese JVM would then answer English requests in Japanese), and a named module may not
 * pass a {@code ResourceBundle.Control} to avoid it. A locale is therefore exactly one file: English
 * ({@code _en}) or Japanese ({@code _ja}); the default file is English and is what any key missing
 * from a language file falls back to.
 */
public final class Messages {

    /** Where the bundles are, as a resource path prefix. */
    public static final String BUNDLE = "/io/jointresponse/validation/ValidationMessages";

    /**
     * The bundles, each read on the first message asked of it: a run that finds nothing reads none,
     * and a run in one language does not read the other's.
     */
    private static final class Default {
        static final Map<String, String> BUNDLE = load("");
    }

    private static final class English {
        static final Map<String, String> BUNDLE = load("_en");
    }

    private static final class Japanese {
        static final Map<String, String> BUNDLE = load("_ja");
    }

    private Messages() {}

    /**
     * Tells whether a locale is one the catalogue speaks: its language is English or Japanese.
     *
     * @param locale the locale, not null
     * @return true for English and Japanese locales
     */
    public static boolean isSupported(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("en") || language.equals("ja");
    }

    /**
     * Returns the message for a key in a language.
     *
     * @param key the key, such as {@code rule.AGR-001}, not null
     * @param locale an English or Japanese locale, not null
     * @return the message; empty when no bundle has the key
     */
    public static Optional<String> find(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Map<String, String> bundle = locale.getLanguage().equals("ja") ? Japanese.BUNDLE : English.BUNDLE;
        String text = bundle.get(key);
        return Optional.ofNullable(text != null ? text : Default.BUNDLE.get(key));
    }

    /**
     * Returns the message for a key in a language.
     *
     * @param key the key, such as {@code rule.AGR-001}, not null
     * @param locale an English or Japanese locale, not null
     * @return the message
     * @throws IllegalStateException if no bundle has the key
     */
    public static String get(String key, Locale locale) {
        return find(key, locale).orElseThrow(() -> new IllegalStateException("No message for " + key));
    }

    /**
     * Returns the content of one bundle file, for tests that keep the bundles complete.
     *
     * @param suffix {@code ""}, {@code "_en"} or {@code "_ja"}, not null
     * @return key to message, in key order
     */
    public static Map<String, String> bundle(String suffix) {
        switch (suffix) {
            case "":
                return Default.BUNDLE;
            case "_en":
                return English.BUNDLE;
            case "_ja":
                return Japanese.BUNDLE;
            default:
                throw new IllegalArgumentException("No bundle " + suffix);
        }
    }

    private static Map<String, String> load(String suffix) {
        String name = BUNDLE + suffix + ".properties";
        return Bundles.read(Messages.class.getResourceAsStream(name), name);
    }
}
