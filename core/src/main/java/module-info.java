/**
 * The domain model of the joint-response notices: agreements, partners, reports, decisions,
 * shares, JC3 liaison, annual reports, the notices themselves and the Japanese calendar.
 *
 * <p>Every package that holds API is exported, and nothing is opened. The {@code Immutable*} classes
 * that Immutables generates for the value types are package-private, so exporting their packages
 * does not export them: users build values with each type's {@code builder()} and nested
 * {@code Builder}, and no public signature names a generated class. The serialization module needs
 * no {@code opens} either: Jackson writes values through their public abstract accessors and reads
 * them through the public nested builders, whose generated superclass is a public nested class to
 * reflection (see {@code ImmutablesStyle}). A qualified {@code opens} to Jackson was the alternative;
 * it would name a module core does not depend on, and hold for Jackson alone.
 *
 * <p>The model has no dependency at run time: Immutables is needed only at compile time.
 */
// The modules named by the qualified export below are built after this one.
@SuppressWarnings("module")
module io.jointresponse.core {
    requires static org.immutables.value.annotations;

    exports io.jointresponse.core.agreement;
    exports io.jointresponse.core.annual;
    exports io.jointresponse.core.calendar;
    exports io.jointresponse.core.crime;
    exports io.jointresponse.core.disclosure;
    exports io.jointresponse.core.document;
    exports io.jointresponse.core.finding;
    exports io.jointresponse.core.incident;
    exports io.jointresponse.core.investigation;
    exports io.jointresponse.core.jc3;
    exports io.jointresponse.core.notice;
    exports io.jointresponse.core.organisation;
    exports io.jointresponse.core.prevention;
    exports io.jointresponse.core.privacy;
    exports io.jointresponse.core.record;
    exports io.jointresponse.core.sharing;

    // The reading of message bundles, shared by the modules that have them; not API.
    exports io.jointresponse.core.internal to io.jointresponse.serialization, io.jointresponse.validation;
}
