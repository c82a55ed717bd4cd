package com.example.intake;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.validation.ValidationReport;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes joint-response agreements, bound by Spring Boot's own mapper through JointResponseJacksonModule. */
@RestController
class AgreementController {

    private final Languages languages;

    AgreementController(Languages languages) {
        this.languages = languages;
    }

    /**
     * Validates an agreement against the rules of the notices and answers it back in the wire
     * format; an agreement that breaks a rule is refused with every finding (see {@link Problems}).
     */
    @PostMapping(path = "/agreements", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Agreement submit(@RequestBody Agreement agreement, Locale locale) {
        ValidationReport report = languages.validator(locale).validate(agreement);
        if (!report.isValid()) {
            throw new InvalidDocumentException(report.findings());
        }
        return agreement;
    }
}
