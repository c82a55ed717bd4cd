package io.jointresponse.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.ValidationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The rules through Jakarta Bean Validation, on whichever Hibernate Validator line the class path
 * holds (8.0 in this module, 9.x in bean-validation-hv9): the registration constrains the model's
 * types, the constraint serves users' own types, fields, containers and parameters, and each
 * finding is a violation with the pointer's path, the rule's message in the interpolator's locale
 * and the rule id and severity as dynamic payload. Expression Language stays off.
 */
class BeanValidationTest {

    /** The texts the validation module's InjectionTest puts in payloads, here in a document's text fields. */
    static final List<String> HOSTILE = List.of(
            "${1+1}", "#{1+1}", "{jakarta.validation.constraints.NotNull.message}", "{rule.AGR-001}",
            "{io.jointresponse.rule.AGR-001}", "{validatedValue}", "%s%n%d", "@class", "java.lang.ProcessBuilder",
            "${jndi:ldap://127.0.0.1/a}", "${java:version}", "{0}", "${validatedValue}");

    private static HibernateValidatorConfiguration configuration(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, Locale.JAPANESE), locale, false))
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE);
    }

    private static ValidatorFactory registered(Locale locale, boolean includeWarnings) {
        return JointResponseConstraints.register(configuration(locale), includeWarnings).buildValidatorFactory();
    }

    private static final Validator ENGLISH = registered(Locale.ENGLISH, false).getValidator();
    private static final Validator PLAIN = configuration(Locale.ENGLISH).buildValidatorFactory().getValidator();

    /**
     * Breaks AGR-003 (outsourced with no vendor recorded, at /partner/securityVendors) and AGR-004 (an
     * OTHER crime without description, at an index), both errors.
     */
    private static Agreement broken() {
        Agreement a = CanonicalFixtures.agreement();
        return Agreement.builder().from(a)
                .partner(Partner.builder().from(a.partner()).securityVendors(List.of()).build())
                .addReportableCrimes(AgreedCrime.of(CrimeType.OTHER))
                .build();
    }

    private static int otherIndex() {
        return broken().reportableCrimes().size() - 1;
    }

    private static <T> List<String> described(Set<ConstraintViolation<T>> violations) {
        List<String> out = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            RuleViolation rule = RuleViolation.of(v).orElseThrow();
            out.add(rule.ruleId() + " " + rule.severity() + " " + v.getPropertyPath() + " " + rule.pointer());
        });
        return out;
    }

    @Test
    void validatingAModelDocumentFindsEachRuleViolationWithItsPathAndPayload() {
        Set<ConstraintViolation<Agreement>> violations = ENGLISH.validate(broken());
        assertThat(described(violations)).containsExactly(
                "AGR-003 ERROR partner.securityVendors /partner/securityVendors",
                "AGR-004 ERROR reportableCrimes[" + otherIndex() + "].description /reportableCrimes/" + otherIndex() + "/description");
        for (ConstraintViolation<Agreement> v : violations) {
            RuleViolation rule = RuleViolation.of(v).orElseThrow();
            String expected = rule.ruleId().equals("AGR-003")
                    ? RuleCatalogue.find("AGR-003").orElseThrow().englishMessage()
                    : RuleCatalogue.find("AGR-004").orElseThrow().message("description", Locale.ENGLISH);
            assertThat(v.getMessage()).isEqualTo(expected);
            assertThat(v.getMessageTemplate()).startsWith("{io.jointresponse.rule." + rule.ruleId());
            assertThat(rule.clause()).startsWith("A §");
        }
        assertThat(ENGLISH.validate(CanonicalFixtures.agreement())).isEmpty();
        // Without the registration the model carries no constraint.
        assertThat(PLAIN.validate(broken())).isEmpty();
    }

    @Test
    void messagesAreInTheLocaleTheInterpolatorResolves() {
        Validator japanese = registered(Locale.JAPANESE, false).getValidator();
        Set<ConstraintViolation<Agreement>> violations = japanese.validate(broken());
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .contains(RuleCatalogue.find("AGR-003").orElseThrow().japaneseMessage())
                .allMatch(m -> m.matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"));
        // The locale of one interpolation, as Bean Validation passes it, wins over the default one.
        ConstraintViolation<Agreement> one = ENGLISH.validate(broken()).stream()
                .filter(v -> RuleViolation.of(v).orElseThrow().ruleId().equals("AGR-003")).findFirst().orElseThrow();
        String inJapanese = new ParameterMessageInterpolator().interpolate(one.getMessageTemplate(), new Context(one), Locale.JAPAN);
        assertThat(inJapanese).isEqualTo(RuleCatalogue.find("AGR-003").orElseThrow().japaneseMessage());
    }

    @Test
    void messagesNameTheNpaUnitOfTheDocumentsDateInEitherLanguage() {
        // Before April 2022 the NPA's cybercrime division was 情報技術犯罪対策課; the finding keeps the
        // names in both languages, and the interpolator places the one of its locale.
        DivisionReport oneDivision = DivisionReport.builder().from(CanonicalFixtures.divisionReport())
                .addressedTo(List.of(NpaRole.SECURITY_PLANNING_DIVISION)).build();
        ConstraintViolation<DivisionReport> v = registered(Locale.ENGLISH, true).getValidator().validate(oneDivision).iterator().next();
        assertThat(RuleViolation.of(v).orElseThrow().ruleId()).isEqualTo("SHR-003");
        assertThat(v.getMessage()).contains("Cybercrime Division, Community Safety Bureau of the NPA").doesNotContain("{");
        String japanese = registered(Locale.JAPANESE, true).getValidator().validate(oneDivision).iterator().next().getMessage();
        assertThat(japanese).contains("警察庁生活安全局情報技術犯罪対策課").contains("警察庁警備局警備企画課").doesNotContain("{");
    }

    @Test
    void warningsAreLeftOutUnlessIncluded() {
        Agreement a = CanonicalFixtures.agreement();
        Agreement unknown = Agreement.builder().from(a)
                .partner(Partner.builder().from(a.partner()).outsourcing(OutsourcingStatus.UNKNOWN).securityVendors(List.of()).build())
                .build();
        assertThat(ENGLISH.validate(unknown)).isEmpty();
        Validator withWarnings = registered(Locale.ENGLISH, true).getValidator();
        assertThat(described(withWarnings.validate(unknown))).containsExactly("AGR-003 WARNING partner.outsourcing /partner/outsourcing");
        assertThat(described(PLAIN.validate(new WarnedRequest(unknown))))
                .containsExactly("AGR-003 WARNING agreement.partner.outsourcing /partner/outsourcing");
    }

    /** A request body of a user's own: a field holding a document, and a list of them. */
    record Request(@ValidJointResponseDocument Agreement agreement, List<@ValidJointResponseDocument Agreement> more,
            @NotNull String note) {}

    /** The same, with warnings. */
    record WarnedRequest(@ValidJointResponseDocument(includeWarnings = true) Agreement agreement) {}

    @Test
    void theConstraintOnAUsersOwnFieldsAndContainersNeedsNoRegistration() {
        Request request = new Request(broken(), List.of(CanonicalFixtures.agreement(), broken()), null);
        List<String> found = new ArrayList<>();
        Set<ConstraintViolation<Request>> violations = PLAIN.validate(request);
        for (ConstraintViolation<Request> v : violations) {
            found.add(v.getPropertyPath() + " " + RuleViolation.of(v).map(RuleViolation::ruleId).orElse("other"));
        }
        int i = otherIndex();
        assertThat(found).containsExactlyInAnyOrder(
                "agreement.partner.securityVendors AGR-003",
                "agreement.reportableCrimes[" + i + "].description AGR-004",
                // Bean Validation names the element of a container <list element>, under its index.
                "more[1].<list element>.partner.securityVendors AGR-003",
                "more[1].<list element>.reportableCrimes[" + i + "].description AGR-004",
                "note other");
        assertThat(PLAIN.validate(new Request(null, List.of(), "n"))).as("null is valid").isEmpty();
    }

    /** A service of a user's own, whose parameter is a document. */
    static final class Service {
        void submit(@ValidJointResponseDocument Agreement agreement) {
            // validated by the framework before the call
        }
    }

    @Test
    void theConstraintOnAMethodParameter() throws NoSuchMethodException {
        Method submit = Service.class.getDeclaredMethod("submit", Agreement.class);
        Set<ConstraintViolation<Service>> violations = PLAIN.forExecutables()
                .validateParameters(new Service(), submit, new Object[] {broken()});
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("submit.arg0.partner.securityVendors", "submit.arg0.reportableCrimes[" + otherIndex() + "].description");
    }

    @Test
    void recordsOfTheContextComeAsTheConstraintValidatorPayload() {
        IncidentReport report = IncidentReport.builder().from(CanonicalFixtures.incidentReport())
                .addCrimeTypes(CrimeType.DOS_ATTACK).build();
        assertThat(CanonicalFixtures.agreement().reportableCrimeTypes()).doesNotContain(CrimeType.DOS_ATTACK);
        // Without the records INC-001 cannot be checked, and nothing is claimed.
        assertThat(ENGLISH.validate(report)).isEmpty();
        Validator withRecords = registered(Locale.ENGLISH, false).unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(ValidationContext.of(List.of(CanonicalFixtures.agreement())))
                .getValidator();
        assertThat(described(withRecords.validate(report))).singleElement().asString().startsWith("INC-001 ERROR crimeTypes[");
    }

    @Test
    void aCompilationsReportsAreValidatedUnderTheirIndex() {
        AnnualReport bad = AnnualReport.builder().from(CanonicalFixtures.annualReport()).inForceTotal(-1).build();
        NationalCompilation compilation = NationalCompilation.builder().from(CanonicalFixtures.nationalCompilation())
                .reports(List.of(bad)).build();
        assertThat(ENGLISH.validate(compilation)).extracting(v -> v.getPropertyPath().toString())
                .contains("reports[0].inForceTotal");
    }

    @Test
    void aKindWhoseTypeIsASealedFamilyIsConstrainedThroughItsMembers() {
        // The registration maps the constraint onto DisclosureDecision, an interface: its
        // implementations inherit it.
        ArrestPublication unheard = ArrestPublication.builder().from(CanonicalFixtures.arrestPublication())
                .businessOpinion(Optional.empty()).build();
        assertThat(described(ENGLISH.validate(unheard))).containsExactly("DSC-003 ERROR businessOpinion /businessOpinion");
        assertThat(ENGLISH.validate(CanonicalFixtures.arrestPublication())).isEmpty();
    }

    @Test
    void theContributorPropertyRegistersTheRulesToo() {
        Validator byProperty = configuration(Locale.ENGLISH)
                .addProperty(JointResponseConstraints.CONTRIBUTORS_PROPERTY, JointResponseConstraintMappingContributor.class.getName())
                .buildValidatorFactory().getValidator();
        assertThat(described(byProperty.validate(broken()))).hasSize(2);
    }

    @Test
    void nothingFromTheDocumentIsEverInterpolated() {
        for (String hostile : HOSTILE) {
            Agreement a = broken();
            Agreement tainted = Agreement.builder().from(a).id(hostile)
                    .partner(Partner.builder().from(a.partner()).name(hostile).sectorDescription(hostile).build())
                    .addReportableCrimes(AgreedCrime.builder().type(CrimeType.OTHER).description(" ").addReportItems(hostile).build())
                    .build();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                Validator validator = locale == Locale.ENGLISH ? ENGLISH : registered(locale, true).getValidator();
                Set<ConstraintViolation<Agreement>> violations = validator.validate(tainted);
                assertThat(violations).as(hostile).isNotEmpty();
                for (ConstraintViolation<Agreement> v : violations) {
                    RuleViolation rule = RuleViolation.of(v).orElseThrow();
                    String template = v.getMessageTemplate();
                    String variant = template.substring(template.indexOf(rule.ruleId()) + rule.ruleId().length(), template.length() - 1)
                            .replaceFirst("^\\.", "");
                    assertThat(v.getMessage()).as(hostile)
                            .isEqualTo(RuleCatalogue.find(rule.ruleId()).orElseThrow().message(variant, locale))
                            .doesNotContain(hostile, "2", "{", "$");
                    // The template is a key of the catalogue, whatever the document holds.
                    assertThat(v.getMessageTemplate()).matches("\\{io\\.jointresponse\\.rule\\.[A-Z0-9]+-[0-9]+(\\.[A-Za-z]+)?}");
                }
            }
        }
    }

    @Test
    void aValueThatIsNotADocumentIsAProgrammingError() {
        record Wrong(@ValidJointResponseDocument String text) {}
        assertThatThrownBy(() -> PLAIN.validate(new Wrong("x"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void otherViolationsCarryNoRule() {
        Set<ConstraintViolation<Request>> violations = PLAIN.validate(new Request(null, List.of(), null));
        assertThat(violations).singleElement().satisfies(v -> assertThat(RuleViolation.of(v)).isEmpty());
        assertThat(Severity.values()).contains(Severity.ERROR);
    }

    /** The interpolation context of a violation, to interpolate its template again in another locale. */
    private record Context(ConstraintViolation<?> violation) implements jakarta.validation.MessageInterpolator.Context {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("Not supported: " + type);
        }
    }
}
