package io.jointresponse.serialization;

import io.jointresponse.core.document.DocumentKind;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that lets an application's own mapper read and write the model in the wire
 * format: register it, and a framework binds request and response bodies of the model's types
 * directly.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new JointResponseJacksonModule())
 *         .build();
 * byte[] bytes = mapper.writeValueAsBytes(agreement);          // the same bytes as JointResponseJson.strict().write(agreement)
 * Agreement read = mapper.readValue(bytes, Agreement.class);   // or InvalidPayloadException with every finding
 * }</pre>
 *
 * <p>Registered in the mapper a web framework uses (Spring Boot 4 is on Jackson 3), it makes
 * {@code @RequestBody Agreement} and {@code @ResponseBody Agreement} read and write the wire format.
 *
 * <p><b>What it maps.</b> Every document kind ({@link DocumentKind}: an {@code Agreement}, a
 * {@code DisclosureDecision} or its subtypes, …), with its envelope ({@code schemaVersion} and
 * {@code kind} first), wherever the application's types hold one: as the whole body, in a list, in a
 * property of its own class. The model's other values (a {@code Partner}, a {@code NoticeNumber}, …)
 * are mapped too, as they appear inside documents, without an envelope. Names, dates, date-times,
 * enum codes and property order are the wire format's; the application's mapper decides nothing
 * about them.
 *
 * <p><b>Strictness.</b> The module reads and writes with the wire format's own mapper, the one
 * behind {@link JointResponseJson#strict()}, so these hold for the model's types whatever the
 * application's mapper is configured to do:
 * <ul>
 *   <li>unknown properties are refused, even where the application's mapper leaves
 *       {@code FAIL_ON_UNKNOWN_PROPERTIES} off (Jackson 3's default, and Spring Boot's);</li>
 *   <li>a property written twice in one object is refused, even where the application's parser does
 *       not detect duplicates;</li>
 *   <li>no scalar coercion ({@code "12"} for a number, {@code 12} for a string), no float for an
 *       int, no null anywhere, not even for a whole document, no lenient date;</li>
 *   <li>the wire format's limits (see {@link JointResponseJson}): a value longer than a document may
 *       be is refused as soon as it passes the limit, before it is held whole;</li>
 *   <li>{@code schemaVersion} and {@code kind} must be there and be right.</li>
 * </ul>
 * A refusal is an {@link InvalidPayloadException} (a {@code DatabindException}) holding every
 * finding, each with the JSON Pointer of its property; its message never quotes the payload.
 *
 * <p><b>What the application's mapper still owns.</b> Its parser reads the payload before the
 * module sees a value, so its own settings come first: syntax it is told to accept (comments, single
 * quotes, trailing commas) is accepted, and its {@code StreamReadConstraints} (much looser by
 * default than the wire format's) bound what it holds in memory while it reads; use
 * {@link JointResponseJson} on the raw bytes where the wire format's byte limits must apply before
 * anything is parsed. Content after the document ({@code FAIL_ON_TRAILING_TOKENS}) and the
 * application's own types are its business. Its generator writes what the module hands it, so
 * output settings (indentation, escaping of non-ASCII characters) apply: with none, the bytes are
 * exactly {@link JointResponseJson#write(io.jointresponse.core.document.Document)}'s. Reading is always strict; to keep or drop
 * unknown properties, read the bytes with {@link JointResponseJson#create(ReaderOptions)}.
 *
 * <p>Immutable and thread-safe; one instance may serve any number of mappers.
 */
public final class JointResponseJacksonModule extends JacksonModule {

    private final JointResponseJson json;

    /**
     * Creates the module on the wire format's strict reader and writer.
     *
     * @throws IllegalStateException if the {@code com.fasterxml.jackson.core:jackson-annotations} on
     *     the class or module path is older than Jackson 3 needs; the message names the version to
     *     pin
     */
    public JointResponseJacksonModule() {
        this.json = JointResponseJson.strict();
    }

    /** @return {@code jointresponse-wire} */
    @Override
    public String getModuleName() {
        return "jointresponse-wire";
    }

    /** @return unknown: the module is versioned with the library, whose version the jar does not record */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new HostSerializers(json));
        context.addDeserializers(new HostDeserializers(json));
    }
}
