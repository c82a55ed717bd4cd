package com.example.intake;

import io.jointresponse.core.document.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the bytes of a document body while Spring's mapper reads it, so that a body the wire format
 * refuses can be reported in the request's language: JointResponseJacksonModule refuses in English.
 */
@ControllerAdvice
class KeptBody extends RequestBodyAdviceAdapter {

    /** The request attribute that holds the {@link Kept} body. */
    static final String ATTRIBUTE = KeptBody.class.getName();

    /** One byte more than the largest document the library reads, so that a larger one is reported as too large. */
    private static final int LIMIT = 16 * 1024 * 1024 + 1;

    /** The bytes of a body and the document type it was read as. */
    record Kept(byte[] bytes, Class<? extends Document> type) {}

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && Document.class.isAssignableFrom(type);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readNBytes(LIMIT);
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE,
                new Kept(body, ((Class<?>) targetType).asSubclass(Document.class)), RequestAttributes.SCOPE_REQUEST);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
