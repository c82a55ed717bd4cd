package com.example.intake;

import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.ValidationReport;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes joint-response documents of any kind as the bytes they came as: the application's Jackson 2
 * mapper never sees them, the library reads and validates them in one pass.
 */
@RestController
class DocumentController {

    private final Languages languages;
    private final JointResponseJson json;

    DocumentController(Languages languages, JointResponseJson json) {
        this.languages = languages;
        this.json = json;
    }

    /**
     * Validates a document, wire format and rules of the notices in one pass, and answers it back
     * in the wire format with the properties it kept; a document with an error is refused with
     * every finding (see {@link Problems}).
     */
    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> submit(@RequestBody byte[] body, Locale locale) {
        ValidationReport report = languages.validator(locale).validatePayload(body);
        if (!report.isValid()) {
            throw new InvalidDocumentException(report.findings());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.write(report.document().orElseThrow(), report.keptFields()));
    }
}
