/**
 * The wire format's implementation, not exported: the mix-ins that put the model on the wire, the
 * strict mapper, the shapes read from the mapper's introspection and the structural walker. The JSON
 * Schema generator that reads the same shapes is in the test sources of this package.
 *
 * <p>Adding a document kind: write its mix-ins (a class like {@code AgreementMixIns}), register
 * them in {@link io.jointresponse.serialization.internal.MixInRegistry#standard()}, add the kind to
 * {@link io.jointresponse.serialization.DocumentKind}, and regenerate the schemas.
 */
package io.jointresponse.serialization.internal;
