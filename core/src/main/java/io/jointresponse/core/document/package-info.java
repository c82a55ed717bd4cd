/**
 * What a document is: the sealed {@link io.jointresponse.core.document.Document} type that every
 * kind of record the notices govern implements, and {@link io.jointresponse.core.document.DocumentKind},
 * the one list of those kinds that the wire format, the rules, the command and the fixtures all
 * derive theirs from.
 *
 * <p>The package sits beside the kinds' own packages (agreement, incident, …) rather than at the
 * root of core, like every other concept of the model; it names kinds and their model types, and
 * nothing of JSON or of any library.
 */
package io.jointresponse.core.document;
