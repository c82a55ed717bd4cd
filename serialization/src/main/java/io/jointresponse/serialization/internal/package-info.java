/**
 * The wire format's implementation, not exported: the mix-ins that put the model on the wire, the
 * strict mapper, the shapes read from the mapper's introspection and the structural walker. The JSON
 * Schema generator that reads the same shapes is in the test sources of this package.
 *
 * <p>Adding a document kind: add it to {@link io.jointresponse.core.document.DocumentKind} in core
 * (and permit its type in {@code Document}), write its mix-ins (a class like
 * {@code AgreementMixIns}), register them in
 * {@link io.jointresponse.serialization.internal.MixInRegistry#standard()}, and regenerate the
 * schemas. Mix-ins name the model's own types ({@code X.Builder} for binding, {@code X} for a
 * subtype), never a generated class.
 */
package io.jointresponse.serialization.internal;
