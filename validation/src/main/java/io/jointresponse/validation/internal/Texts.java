package io.jointresponse.validation.internal;

import java.util.Optional;

/** Small text helpers shared by the rules. */
final class Texts {

    private Texts() {}

    /** @return true when the text is absent, empty or only white space */
    static boolean isBlank(Optional<String> text) {
        return text.map(String::isBlank).orElse(true);
    }
}
