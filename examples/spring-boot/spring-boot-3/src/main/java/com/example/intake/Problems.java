package com.example.intake;

import io.jointresponse.core.finding.Finding;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a document that is not accepted with an RFC 9457 problem detail
 * ({@code application/problem+json}) that lists every finding: its rule id, severity, JSON Pointer,
 * message and clause, in the request's language.
 */
@RestControllerAdvice
class Problems {

    static final URI TYPE = URI.create("https://jointresponse.io/problems/invalid-document");

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A document that breaks the wire format or rules of the notices. */
    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalid(InvalidDocumentException e, Locale locale) {
        List<Finding> findings = e.findings();
        long errors = findings.stream().filter(Finding::isError).count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.detail", new Object[] {errors, findings.size() - errors}, locale));
        problem.setType(TYPE);
        problem.setTitle(messages.getMessage("problem.title", null, locale));
        problem.setProperty("findings", findings.stream().map(Problems::entry).toList());
        return problem;
    }

    private static Map<String, String> entry(Finding f) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("rule", f.ruleId());
        entry.put("severity", f.severity().name());
        entry.put("pointer", f.pointer().toString());
        entry.put("message", f.message());
        entry.put("clause", f.clause());
        return entry;
    }
}
