package io.jointresponse.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.privacy.Classification;
import io.jointresponse.core.sample.SampleModel.Base;
import io.jointresponse.core.sample.SampleModel.BaseValue;
import io.jointresponse.core.sample.SampleModel.DetailValue;
import io.jointresponse.core.sample.SampleModel.FailingValue;
import io.jointresponse.core.sample.SampleModel.FixedValue;
import io.jointresponse.core.sample.SampleModel.Key;
import io.jointresponse.core.sample.SampleModel.OddValue;
import io.jointresponse.core.sample.SampleModel.Part;
import io.jointresponse.core.sample.SampleModel.PartValue;
import io.jointresponse.core.sample.SampleModel.SampleValue;
import io.jointresponse.core.sharing.DivisionReport;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The classification walk behind SHR-001, SHR-004 and the share sanitiser, on a sample model with
 * every shape of attribute: what it reports, collects, lists and masks, and where.
 */
class ClassifiedDataTest {

    private static Map<Object, String> notes() {
        Map<Object, String> notes = new LinkedHashMap<>();
        notes.put(Key.FIRST, "first note");
        notes.put("second", "see 山田花子");
        return notes;
    }

    private static Set<String> tags(String... tags) {
        return new LinkedHashSet<>(List.of(tags));
    }

    /** A sample with a value in every attribute. */
    private static SampleValue full() {
        return new SampleValue("S-1", "株式会社見本", Optional.of(" 山田花子 "), tags("ハナ", "x"), Map.of("home", "03-1111-2222"),
                List.of(new PartValue("contact", Optional.of("suzuki@example.jp"), Optional.of(new DetailValue("detail-code")))),
                "見本 の件、ｈａｎａは不明",
                tags("tag-a", "株式会社見本"), notes(), Optional.of(new PartValue("inner", Optional.of("secret-1"))),
                List.of(new PartValue("o-1", Optional.of("s2")), new PartValue("o-2", Optional.empty())), 7);
    }

    /** A sample with every classified attribute empty. */
    private static SampleValue empty() {
        return new SampleValue("S-2", "", Optional.empty(), Set.of(), Map.of(), List.of(), "note", tags(), Map.of(),
                Optional.empty(), List.of(), 0);
    }

    private static List<String> pointers(List<JsonPointer> pointers) {
        return pointers.stream().map(JsonPointer::toString).collect(Collectors.toList());
    }

    @Test
    void listsTheAttributesInNameOrderWithTheirClassificationAndValue() {
        List<ClassifiedData.Attribute> attributes = ClassifiedData.attributes(full());
        assertThat(attributes).extracting(ClassifiedData.Attribute::name).containsExactly("aliases", "count", "id", "name", "nickname",
                "note", "notes", "others", "part", "parts", "phones", "tags");
        assertThat(attributes).filteredOn(a -> a.classification().isPresent()).extracting(ClassifiedData.Attribute::name)
                .containsExactly("aliases", "name", "nickname", "parts", "phones");
        assertThat(attributes.get(3).classification()).contains(Classification.BUSINESS_IDENTIFYING);
        assertThat(attributes.get(4).classification()).contains(Classification.PERSONAL);
        assertThat(attributes.get(1).value()).isEqualTo(7);
        assertThat(ClassifiedData.attributes("not a model")).isEmpty();
    }

    @Test
    void reportsEveryClassifiedAttributeHoldingAValueAtAnyDepth() {
        assertThat(pointers(ClassifiedData.presentClassified(full()))).containsExactly("/aliases", "/name", "/nickname",
                "/others/0/secret", "/part/secret", "/parts", "/phones");
        assertThat(ClassifiedData.presentClassified(empty())).isEmpty();
        assertThat(pointers(ClassifiedData.presentClassified(new OddValue(0)))).containsExactly("/code");
        assertThat(ClassifiedData.presentClassified(new OddValue(null))).isEmpty();
    }

    @Test
    void collectsTheClassifiedTextsOfTwoCharactersOrMoreLongestFirst() {
        // Classified attributes at any depth, inside classified models too ("detail-code"); never an
        // unclassified text ("contact", "inner") nor one of fewer than two characters ("x").
        assertThat(ClassifiedData.secrets(full())).containsExactly("suzuki@example.jp", "03-1111-2222", "detail-code", "secret-1",
                "株式会社見本", "山田花子", "s2", "ハナ");
        assertThat(ClassifiedData.secrets(empty())).isEmpty();
    }

    @Test
    void listsTheUnclassifiedTextsWithTheirPointers() {
        assertThat(ClassifiedData.texts(full())).extracting(t -> t.pointer() + "=" + t.value()).containsExactly(
                "/id=S-1", "/note=見本 の件、ｈａｎａは不明", "/notes/FIRST=first note", "/notes/second=see 山田花子",
                "/others/0/label=o-1", "/others/1/label=o-2", "/part/label=inner", "/tags/0=tag-a", "/tags/1=株式会社見本");
    }

    @Test
    void findsTheUnclassifiedTextsThatContainASecretIgnoringCase() {
        SampleValue sample = full();
        assertThat(pointers(ClassifiedData.textsContaining(sample, ClassifiedData.secrets(sample))))
                .containsExactly("/notes/second", "/tags/1");
        assertThat(pointers(ClassifiedData.textsContaining(sample, Set.of("TAG-A", "INNER")))).containsExactly("/part/label", "/tags/0");
        assertThat(ClassifiedData.textsContaining(sample, Set.of())).isEmpty();
    }

    @Test
    void masksEverySecretInATextIgnoringCaseLongestFirst() {
        Set<String> secrets = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        secrets.addAll(Set.of("山田", "山田花子", "a.b"));
        assertThat(ClassifiedData.mask("山田花子とA.B、山田", secrets)).isEqualTo("＊＊＊と＊＊＊、＊＊＊");
        assertThat(ClassifiedData.mask("aXb", Set.of("a.b"))).as("secrets are quoted, not patterns").isEqualTo("aXb");
        assertThat(ClassifiedData.mask("山田花子", Set.of())).isEqualTo("山田花子");
    }

    @Test
    void sanitisingEmptiesClassifiedAttributesOfEveryShapeAndMasksTheRestAtAnyDepth() {
        SampleValue full = full();
        UnaryOperator<String> masking = text -> ClassifiedData.mask(text, ClassifiedData.secrets(full));
        SampleValue clean = ClassifiedData.sanitise(full, masking);

        assertThat(clean.name()).isEqualTo(ClassifiedData.MASK);
        assertThat(clean.nickname()).isEmpty();
        assertThat(clean.aliases()).isEmpty();
        assertThat(clean.phones()).isEmpty();
        assertThat(clean.parts()).isEmpty();
        assertThat(clean.note()).isEqualTo("見本 の件、ｈａｎａは不明");
        assertThat(clean.tags()).containsExactly("tag-a", "＊＊＊");
        assertThat(clean.notes()).containsExactly(Map.entry(Key.FIRST, "first note"), Map.entry("second", "see ＊＊＊"));
        assertThat(clean.part()).contains(new PartValue("inner", Optional.empty()));
        assertThat(clean.others()).containsExactly(new PartValue("o-1", Optional.empty()), new PartValue("o-2", Optional.empty()));
        assertThat(clean.id()).isEqualTo("S-1");
        assertThat(clean.count()).isEqualTo(7);
        // A mandatory text is masked, not removed: it still holds a value.
        assertThat(pointers(ClassifiedData.presentClassified(clean))).containsExactly("/name");
        assertThat(ClassifiedData.textsContaining(clean, ClassifiedData.secrets(full))).isEmpty();
    }

    @Test
    void sanitisingPassesEveryUnclassifiedTextThroughTheMasking() {
        SampleValue clean = ClassifiedData.sanitise(full(), String::toUpperCase);
        assertThat(clean.id()).isEqualTo("S-1");
        assertThat(clean.tags()).containsExactly("TAG-A", "株式会社見本");
        assertThat(clean.notes()).containsEntry(Key.FIRST, "FIRST NOTE");
        assertThat(clean.part().map(Part::label)).contains("INNER");
        assertThat(clean.others()).extracting(Part::label).containsExactly("O-1", "O-2");
    }

    @Test
    void whatNeedsNoChangeIsReturnedAsItIs() {
        SampleValue empty = empty();
        assertThat(ClassifiedData.sanitise(empty, UnaryOperator.identity())).isSameAs(empty);
        DivisionReport report = DivisionReport.builder().id("D-1").prefecture(Prefecture.TOKYO).reportedAt(OffsetDateTime.parse("2026-05-01T10:00+09:00"))
                .addAddressedTo(NpaRole.CYBERCRIME_DIVISION).summary("x").build();
        assertThat(pointers(ClassifiedData.presentClassified(report))).containsExactly("/summary");
    }

    @Test
    void aClassifiedValueThatCannotBeEmptiedIsAnErrorNamingTheAttribute() {
        assertThatIllegalStateException().isThrownBy(() -> ClassifiedData.sanitise(new OddValue(1), UnaryOperator.identity()))
                .withMessageContaining("code");
    }

    @Test
    void aModelWithoutABuilderIsAnErrorNamingTheMethod() {
        assertThatIllegalStateException().isThrownBy(() -> ClassifiedData.sanitise(new FixedValue(Optional.of("s")), UnaryOperator.identity()))
                .withMessageContaining("builder").withMessageContaining("Fixed");
    }

    @Test
    void anAttributeThatFailsIsAnErrorNamingItWithItsCause() {
        assertThatIllegalStateException().isThrownBy(() -> ClassifiedData.attributes(new FailingValue()))
                .withMessageContaining("broken").havingCause().withMessage("broken on purpose");
    }

    @Test
    void theAttributesOfATypeAreThePublicValuedArgumentFreeInstanceMethodsItsModelTypesDeclare() {
        assertThat(ClassifiedData.findAttributeMethods(BaseValue.class).keySet()).containsExactly("alpha", "rootAttribute", "tag");
        assertThat(ClassifiedData.findAttributeMethods(Base.class).keySet()).containsExactly("alpha", "rootAttribute", "tag");
        assertThat(ClassifiedData.findAttributeMethods(String.class)).isEmpty();
        assertThat(ClassifiedData.attributes(new BaseValue())).extracting(ClassifiedData.Attribute::value).containsExactly("a", "r", "t");
    }

    @Test
    void modelObjectsAreThoseOfTheModelPackagesWithAttributes() {
        assertThat(ClassifiedData.isModel(full())).isTrue();
        assertThat(ClassifiedData.isModel(null)).isFalse();
        assertThat(ClassifiedData.isModel(Key.FIRST)).isFalse();
        assertThat(ClassifiedData.isModel("text")).isFalse();
        assertThat(ClassifiedData.isModel(JsonPointer.root())).isFalse();
        assertThat(ClassifiedData.isModel(Prefecture.TOKYO)).isFalse();
    }
}
