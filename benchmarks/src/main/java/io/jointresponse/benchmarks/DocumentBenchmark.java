package io.jointresponse.benchmarks;

import io.jointresponse.benchmarks.pojo.PojoJson;
import io.jointresponse.core.document.Document;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Reading, validating and writing one document with the library, next to plain Jackson 3 on the
 * same bytes: the token scan (the floor), databind into a plain bean, and writing that bean.
 *
 * <p>Time per operation. The ratios of {@link Ratios} divide one method's score by another's for
 * the same payload. The library's warm-up is long (a large code path: tree, structural walk,
 * builders, rules), so the warm-up is long too; short runs overstate the library's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The library's read path reaches its steady state only after some 10-15 s of warm-up here.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocumentBenchmark {

    /** The payload's wire name. */
    @Param({"incidentReport", "agreement", "annualReport"})
    public String payload;

    private byte[] json;
    private Object pojo;
    private JsonFactory streaming;
    private Document document;
    private JointResponseJson wire;
    private JointResponseValidator validator;
    private ObjectReader pojoReader;
    private ObjectWriter pojoWriter;

    /** Builds the payload and the plain readers and writers once per fork. */
    @Setup
    public void setUp() {
        Payload p = Payload.ofWireName(payload);
        json = p.json();
        streaming = new JsonFactory();
        pojoReader = PojoJson.mapper().readerFor(p.pojoType());
        pojoWriter = PojoJson.mapper().writerFor(p.pojoType());
        pojo = pojoReader.readValue(json);
        document = p.document();
        wire = JointResponseJson.strict();
        validator = JointResponseValidator.create();
        requireNoFindings(validator.validatePayload(json), payload);
    }

    /** A payload with findings would measure the error path, not the typical one. */
    static void requireNoFindings(ValidationReport report, String payload) {
        if (!report.findings().isEmpty()) {
            throw new IllegalStateException("The " + payload + " payload has findings: " + report);
        }
    }

    /**
     * The floor: Jackson 3 streaming reads every token and decodes every name and scalar value,
     * and discards them.
     *
     * @param bh the sink of every token and value
     */
    @Benchmark
    public void scan(Blackhole bh) {
        try (JsonParser p = streaming.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case PROPERTY_NAME:
                    case VALUE_STRING:
                        bh.consume(p.getString());
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        bh.consume(p.getNumberValue());
                        break;
                    default:
                        bh.consume(t);
                        break;
                }
            }
        }
    }

    /**
     * Plain databind into a mutable bean with the same properties; no validation.
     *
     * @return the bean
     */
    @Benchmark
    public Object pojoRead() {
        return pojoReader.readValue(json);
    }

    /**
     * Plain databind writing the same bean.
     *
     * @return the JSON
     */
    @Benchmark
    public byte[] pojoWrite() {
        return pojoWriter.writeValueAsBytes(pojo);
    }

    /**
     * The library's strict reader alone: every structural check, no rules of the notices.
     *
     * @return the read result
     */
    @Benchmark
    public Object read() {
        return wire.read(json);
    }

    /**
     * The library's writer.
     *
     * @return the JSON
     */
    @Benchmark
    public byte[] write() {
        return wire.write(document);
    }

    /**
     * The library's payload validation: the strict read and every rule, in one report.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport readValidate() {
        return validator.validatePayload(json);
    }

    /**
     * The rules alone, on the document already built.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateObject() {
        return validator.validate(document);
    }
}
