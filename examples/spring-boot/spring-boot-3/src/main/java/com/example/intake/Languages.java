package com.example.intake;

import io.jointresponse.validation.JointResponseValidator;
import java.util.Locale;

/**
 * The library's validator in each language it gives findings in: Japanese for a request that asks
 * for Japanese, English for any other. Each validator is immutable and serves every request.
 */
record Languages(JointResponseValidator english, JointResponseValidator japanese) {

    Languages(JointResponseValidator validator) {
        this(validator.withLocale(Locale.ENGLISH), validator.withLocale(Locale.JAPANESE));
    }

    /** The validator for a request's locale (Spring's, from Accept-Language). */
    JointResponseValidator validator(Locale requested) {
        return requested.getLanguage().equals("ja") ? japanese : english;
    }
}
