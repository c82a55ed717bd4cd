package com.example.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.JointResponseValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The intake on Spring Boot 3.5, through MockMvc (no network): a valid document comes back in the
 * wire format, with the properties it kept; one that breaks a rule or the wire format is refused
 * with a problem detail listing every finding in the language of Accept-Language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentIntakeTest {

    private static final String AGREEMENT = new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);

    /** Breaks AGR-004 (an agreed crime of type OTHER with no description) and has an unknown property. */
    private static final String BREAKS_AGR_004 = AGREEMENT.replaceFirst("\"UNAUTHORIZED_ACCESS\"", "\"OTHER\"")
            .replaceFirst("\"kind\"", "\"legacyNo\" : 7, \"kind\"");

    /** Breaks the wire format: a required property missing, and a date that is none. */
    private static final String BREAKS_THE_WIRE_FORMAT = AGREEMENT
            .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\",", "")
            .replaceFirst("\"2019-06-03\"", "\"2019-06-31\"");

    @Autowired
    MockMvc mvc;

    /** The application's own mapper, which Spring Boot 3.5 builds. */
    @Autowired
    ObjectMapper applicationMapper;

    private ResultActions submit(String body, String language) throws Exception {
        return mvc.perform(post("/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content(body));
    }

    @Test
    void aValidDocumentIsAnsweredWithItselfInTheWireFormat() throws Exception {
        byte[] answer = submit(AGREEMENT, "en")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();

        JointResponseJson json = JointResponseJson.strict();
        assertThat(answer).isEqualTo(json.write(json.read(AGREEMENT).document().orElseThrow()));
    }

    @Test
    void aPropertyTheWireFormatDoesNotDefineIsKeptAndGoesBackWhereItWas() throws Exception {
        String withExtra = AGREEMENT.replaceFirst("\"corporateNumber\"", "\"branch\" : { \"code\" : \"001\" }, \"corporateNumber\"");

        byte[] answer = submit(withExtra, "en").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(applicationMapper.readTree(answer)).isEqualTo(applicationMapper.readTree(withExtra));
    }

    @Test
    void aDocumentThatBreaksARuleIsRefusedWithEveryFindingInEnglish() throws Exception {
        List<Finding> expected = validator(Locale.ENGLISH).validatePayload(bytes(BREAKS_AGR_004)).findings();
        assertThat(expected).extracting(Finding::ruleId).containsExactlyInAnyOrder("AGR-004", "SHAPE-UNKNOWN");

        ResultActions answer = submit(BREAKS_AGR_004, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value(Problems.TYPE.toString()))
                .andExpect(jsonPath("$.title").value("The document is not accepted"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("1 error and 1 warning;")))
                .andExpect(jsonPath("$.findings.length()").value(2))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].pointer").value("/reportableCrimes/0/description"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].clause").value("A §3"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'SHAPE-UNKNOWN')].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'SHAPE-UNKNOWN')].pointer").value("/legacyNo"));
        expectMessages(answer, expected);
    }

    @Test
    void aDocumentThatBreaksARuleIsRefusedWithEveryFindingInJapanese() throws Exception {
        List<Finding> expected = validator(Locale.JAPANESE).validatePayload(bytes(BREAKS_AGR_004)).findings();
        assertThat(expected).extracting(Finding::message)
                .doesNotContainAnyElementsOf(validator(Locale.ENGLISH).validatePayload(bytes(BREAKS_AGR_004)).findings()
                        .stream().map(Finding::message).toList());

        ResultActions answer = submit(BREAKS_AGR_004, "ja-JP,ja;q=0.9,en;q=0.8")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("文書を受け付けられません"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("エラー 1 件、警告 1 件。")));
        expectMessages(answer, expected);
    }

    @Test
    void aDocumentThatBreaksTheWireFormatIsRefusedWithEveryStructuralFinding() throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            List<Finding> expected = validator(language).validatePayload(bytes(BREAKS_THE_WIRE_FORMAT)).findings();
            assertThat(expected).extracting(f -> f.ruleId() + " " + f.pointer())
                    .containsExactlyInAnyOrder("SHAPE-MISSING /id", "SHAPE-TYPE /concludedOn");

            ResultActions answer = submit(BREAKS_THE_WIRE_FORMAT, language.getLanguage())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.findings.length()").value(2));
            expectMessages(answer, expected);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsOneSyntaxFinding() throws Exception {
        submit("{\"schemaVersion\": \"1.0\",", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].rule").value("JSON-SYNTAX"))
                .andExpect(jsonPath("$.findings[0].pointer").value(""));
    }

    /** The library's validator as the application configures it, for the expected findings. */
    private static JointResponseValidator validator(Locale language) {
        return new IntakeApplication().languages().validator(language);
    }

    private static void expectMessages(ResultActions answer, List<Finding> expected) throws Exception {
        for (Finding f : expected) {
            answer.andExpect(jsonPath("$.findings[?(@.rule == '" + f.ruleId() + "')].message").value(f.message()));
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
