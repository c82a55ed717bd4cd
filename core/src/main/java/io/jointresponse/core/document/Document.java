package io.jointresponse.core.document;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;

/**
 * A document: a record that stands on its own, travels on the wire as a whole and is validated
 * against the rules of its kind, as opposed to the values nested inside one (a partner, a contact,
 * an assessment…). Each permitted type is the model type of one {@link DocumentKind}; a method that
 * takes a {@code Document} accepts exactly those, and the compiler refuses anything else.
 *
 * <p>The value classes among the permitted types are {@code non-sealed}: each has a package-private
 * constructor, so only the implementation generated for it in its own package extends it, and
 * that generated class stays out of every public declaration (a {@code permits} clause naming it
 * would show it in the class's declaration, its javadoc and {@link Class#getPermittedSubclasses()}).
 * The disclosure decision is itself sealed over its two value classes.
 */
public sealed interface Document
        permits Agreement, IncidentReport, EvidenceRequest, PreventionRelease, DisclosureDecision, OnwardShare,
                DivisionReport, Jc3Liaison, AnnualReport, NationalCompilation, Notice {}
