package io.jointresponse.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The message interpolator of the engine: resolves a catalogue key ({@code {rule.AGR-001}}) from this
 * module's bundles in one fixed locale, then hands the text to Hibernate Validator's
 * {@link ParameterMessageInterpolator}, which substitutes message parameters and never evaluates
 * Expression Language.
 *
 * <p>Templates are catalogue keys only, and catalogue messages contain no parameter, so no payload
 * value can ever reach a message. The locale is fixed per call, never taken from the JVM.
 */
final class CatalogueInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{(rule\\.[A-Z0-9]+(?:-[A-Z0-9]+)+(?:\\.[A-Za-z]+)?)\\}");

    // Thread-safe; shared so that its caches serve every call.
    private static final ParameterMessageInterpolator PARAMETERS =
            new ParameterMessageInterpolator(Set.of(), Locale.ENGLISH, false);

    private final Locale locale;

    CatalogueInterpolator(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale requested) {
        Matcher key = KEY.matcher(messageTemplate);
        String text = key.matches() ? Messages.find(key.group(1), requested).orElse(messageTemplate) : messageTemplate;
        return PARAMETERS.interpolate(text, context, requested);
    }
}
