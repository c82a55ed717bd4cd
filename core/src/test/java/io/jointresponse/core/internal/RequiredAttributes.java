package io.jointresponse.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The required attributes of one model type, each with a setter that gives it a valid value, for
 * the tests that a type builds from its required attributes alone and that leaving any of them out
 * fails {@code build()} naming it.
 *
 * @param <B> the builder type
 * @param <T> the model type
 */
public final class RequiredAttributes<B, T> {

    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Map<String, Consumer<B>> setters = new LinkedHashMap<>();

    private RequiredAttributes(Supplier<B> newBuilder, Function<B, T> build) {
        this.newBuilder = newBuilder;
        this.build = build;
    }

    /**
     * Starts the list for one model type.
     *
     * @param <B> the builder type
     * @param <T> the model type
     * @param newBuilder makes an empty builder
     * @param build builds
     * @return the empty list
     */
    public static <B, T> RequiredAttributes<B, T> of(Supplier<B> newBuilder, Function<B, T> build) {
        return new RequiredAttributes<>(newBuilder, build);
    }

    /**
     * Adds a required attribute.
     *
     * @param name the attribute name as the model spells it
     * @param setter sets a valid value
     * @return this
     */
    public RequiredAttributes<B, T> with(String name, Consumer<B> setter) {
        setters.put(name, setter);
        return this;
    }

    /** @return the names of the required attributes */
    public Stream<String> names() {
        return setters.keySet().stream();
    }

    /** @return an object built from the required attributes alone */
    public T buildWithAll() {
        return buildWithout(null);
    }

    /**
     * Builds with every required attribute but one.
     *
     * @param missing the one left out, or null for none
     * @return the object, if the build succeeds
     */
    public T buildWithout(String missing) {
        B builder = newBuilder.get();
        setters.forEach((name, setter) -> {
            if (!name.equals(missing)) {
                setter.accept(builder);
            }
        });
        return build.apply(builder);
    }

    /**
     * Asserts that leaving out one required attribute fails {@code build()} with an
     * {@link IllegalStateException} that names it as a word.
     *
     * @param missing the attribute left out
     */
    public void assertMissingIsNamed(String missing) {
        assertThat(setters).containsKey(missing);
        assertThatIllegalStateException()
                .isThrownBy(() -> buildWithout(missing))
                .withMessageMatching(namesWord(missing));
    }

    /** Asserts that an empty builder's {@code build()} names every required attribute. */
    public void assertEmptyBuilderNamesAll() {
        assertThatIllegalStateException()
                .isThrownBy(() -> build.apply(newBuilder.get()))
                .satisfies(e -> setters.keySet().forEach(name -> assertThat(e.getMessage()).matches(namesWord(name))));
    }

    private static String namesWord(String word) {
        // As a whole word, so that a message naming "agreementId" does not count as naming "id".
        return "(?s).*\\b" + Pattern.quote(word) + "\\b.*";
    }
}
