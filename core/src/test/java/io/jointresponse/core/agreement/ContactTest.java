package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jointresponse.core.internal.RequiredAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactTest {

    private static final RequiredAttributes<Contact.Builder, Contact> REQUIRED =
            RequiredAttributes.of(Contact::builder, Contact.Builder::build)
                    .with("name", b -> b.name("山田太郎"));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromTheNameAlone() {
        Contact c = REQUIRED.buildWithAll();

        assertThat(c.name()).isEqualTo("山田太郎");
        assertThat(c.role()).isEmpty();
        assertThat(c.email()).isEmpty();
        assertThat(c.telephone()).isEmpty();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void rejectsNullOptionalValues() {
        assertThatNullPointerException().isThrownBy(() -> Contact.builder().email((String) null));
        assertThatNullPointerException().isThrownBy(() -> Contact.builder().telephone((Optional<String>) null));
    }

    @Test
    void withCopyAndEquality() {
        Contact c = REQUIRED.buildWithAll();
        Contact withRole = Contact.builder().from(c).role("情報システム部").build();

        assertThat(withRole.role()).contains("情報システム部");
        assertThat(c.role()).isEmpty();
        assertThat(withRole).isNotEqualTo(c).isEqualTo(Contact.builder().name("山田太郎").role("情報システム部").build());
    }
}
