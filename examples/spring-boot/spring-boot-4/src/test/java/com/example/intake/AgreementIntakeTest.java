package com.example.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReaderOptions;
import io.jointresponse.validation.JointResponseValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake on Spring Boot 4, through MockMvc (no network): a valid agreement comes back in the
 * wire format; one that breaks a rule or the wire format is refused with a problem detail listing
 * every finding in the language of Accept-Language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementIntakeTest {

    private static final String AGREEMENT = new String(FixtureFiles.read("payloads/valid/agreement.json"), StandardCharsets.UTF_8);

    /** Breaks AGR-004: an agreed crime of type OTHER with no description. */
    private static final String BREAKS_AGR_004 = AGREEMENT.replaceFirst("\"UNAUTHORIZED_ACCESS\"", "\"OTHER\"");

    /** Breaks the wire format twice: a property it does not define, and a required one missing. */
    private static final String BREAKS_THE_WIRE_FORMAT = AGREEMENT
            .replaceFirst("\"kind\"", "\"legacyNo\" : 7, \"kind\"")
            .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\",", "");

    @Autowired
    MockMvc mvc;

    private ResultActions submit(String body, String language) throws Exception {
        return mvc.perform(post("/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content(body));
    }

    @Test
    void aValidAgreementIsAnsweredWithItselfInTheWireFormat() throws Exception {
        byte[] answer = submit(AGREEMENT, "en")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();

        // Written by Spring Boot's mapper through the module: the bytes JointResponseJson writes.
        JointResponseJson json = JointResponseJson.strict();
        assertThat(answer).isEqualTo(json.write(json.read(AGREEMENT).document().orElseThrow()));
        JsonMapper plain = JsonMapper.builder().build();
        assertThat(plain.readTree(answer)).isEqualTo(plain.readTree(AGREEMENT));
    }

    @Test
    void anAgreementThatBreaksARuleIsRefusedWithItsFindingsInEnglish() throws Exception {
        Finding expected = only(JointResponseValidator.create().validatePayload(bytes(BREAKS_AGR_004)).errors());

        submit(BREAKS_AGR_004, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value(Problems.TYPE.toString()))
                .andExpect(jsonPath("$.title").value("The document is not accepted"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("1 error and ")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].pointer").value("/reportableCrimes/0/description"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].message").value(expected.message()))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].clause").value("A §3"));
    }

    @Test
    void anAgreementThatBreaksARuleIsRefusedWithItsFindingsInJapanese() throws Exception {
        Finding expected = only(JointResponseValidator.create().withLocale(Locale.JAPANESE)
                .validatePayload(bytes(BREAKS_AGR_004)).errors());

        submit(BREAKS_AGR_004, "ja-JP,ja;q=0.9,en;q=0.8")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("文書を受け付けられません"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].message").value(expected.message()))
                .andExpect(jsonPath("$.findings[?(@.rule == 'AGR-004')].pointer").value("/reportableCrimes/0/description"));
        assertThat(expected.message()).isNotEqualTo(only(JointResponseValidator.create()
                .validatePayload(bytes(BREAKS_AGR_004)).errors()).message());
    }

    @Test
    void aBodyTheWireFormatRefusesIsAnsweredWithEveryStructuralFindingInTheRequestsLanguage() throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            List<Finding> expected = JointResponseJson.strict().withOptions(ReaderOptions.strict().withLocale(language))
                    .read(BREAKS_THE_WIRE_FORMAT).findings();
            assertThat(expected).extracting(Finding::ruleId).containsExactlyInAnyOrder("SHAPE-UNKNOWN", "SHAPE-MISSING");

            ResultActions answer = submit(BREAKS_THE_WIRE_FORMAT, language.getLanguage())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.findings.length()").value(2));
            for (Finding f : expected) {
                answer.andExpect(jsonPath("$.findings[?(@.rule == '" + f.ruleId() + "')].pointer").value(f.pointer().toString()))
                        .andExpect(jsonPath("$.findings[?(@.rule == '" + f.ruleId() + "')].message").value(f.message()))
                        .andExpect(jsonPath("$.findings[?(@.rule == '" + f.ruleId() + "')].clause").value(f.clause()));
            }
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

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
