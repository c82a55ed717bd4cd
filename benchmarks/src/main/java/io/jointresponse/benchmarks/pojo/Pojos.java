package io.jointresponse.benchmarks.pojo;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AgreedCondition;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.record.Consent;
import io.jointresponse.serialization.JointResponseJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;

/**
 * Copies model documents into the baseline's beans, with the wire format's envelope. Used to check
 * that the beans mirror the wire format (the same document gives the same JSON either way).
 */
public final class Pojos {

    private Pojos() {}

    /**
     * Copies an incident report.
     *
     * @param r the report, not null
     * @return a new bean
     */
    public static IncidentReportPojo of(IncidentReport r) {
        IncidentReportPojo p = new IncidentReportPojo();
        p.setSchemaVersion(JointResponseJson.SCHEMA_VERSION);
        p.setKind("incidentReport");
        p.setId(r.id());
        p.setAgreementId(r.agreementId());
        p.setCrimeTypes(new ArrayList<>(r.crimeTypes()));
        p.setOccurredAt(r.occurredAt());
        p.setDetectedAt(r.detectedAt());
        p.setReportedAt(r.reportedAt());
        p.setSummary(r.summary());
        p.setSuspectedCyberAttack(r.suspectedCyberAttack());
        p.setSharedWith(new ArrayList<>(r.sharedWith()));
        p.setReporter(r.reporter().map(Pojos::of).orElse(null));
        p.setReceivedBy(r.receivedBy().orElse(null));
        p.setCustomerConsent(r.customerConsent().map(Pojos::of).orElse(null));
        return p;
    }

    /**
     * Copies an agreement.
     *
     * @param a the agreement, not null
     * @return a new bean
     */
    public static AgreementPojo of(Agreement a) {
        AgreementPojo p = new AgreementPojo();
        p.setSchemaVersion(JointResponseJson.SCHEMA_VERSION);
        p.setKind("agreement");
        p.setId(a.id());
        p.setPrefecture(a.prefecture());
        p.setPartner(of(a.partner()));
        p.setArrangement(a.arrangement());
        p.setStatus(a.status());
        p.setAdditionBasis(a.additionBasis().map(Pojos::of).orElse(null));
        p.setDraftedOn(a.draftedOn().orElse(null));
        p.setConcludedOn(a.concludedOn().orElse(null));
        p.setAmendedOn(new ArrayList<>(a.amendedOn()));
        p.setTerminatedOn(a.terminatedOn().orElse(null));
        p.setReportableCrimes(map(a.reportableCrimes(), Pojos::of));
        p.setConditions(map(a.conditions(), Pojos::of));
        return p;
    }

    /**
     * Copies an annual report.
     *
     * @param r the report, not null
     * @return a new bean
     */
    public static AnnualReportPojo of(AnnualReport r) {
        AnnualReportPojo p = new AnnualReportPojo();
        p.setSchemaVersion(JointResponseJson.SCHEMA_VERSION);
        p.setKind("annualReport");
        p.setPrefecture(r.prefecture());
        AnnualReportPojo.PeriodPojo period = new AnnualReportPojo.PeriodPojo();
        period.setType(r.period().type());
        period.setStart(r.period().start());
        period.setEnd(r.period().end());
        p.setPeriod(period);
        p.setAsOf(r.asOf());
        AnnualReportPojo.InstructionPojo instruction = new AnnualReportPojo.InstructionPojo();
        instruction.setSource(r.instruction().source());
        instruction.setReference(r.instruction().reference().orElse(null));
        p.setInstruction(instruction);
        EnumMap<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        bySector.putAll(r.inForceBySector());
        p.setInForceBySector(bySector);
        p.setInForceTotal(r.inForceTotal().orElse(null));
        p.setInForceAtPeriodStart(r.inForceAtPeriodStart().orElse(null));
        p.setConcludedInPeriod(r.concludedInPeriod().orElse(null));
        p.setTerminatedInPeriod(r.terminatedInPeriod().orElse(null));
        p.setExistingChannelArrangements(r.existingChannelArrangements().orElse(null));
        p.setVendorCounterpartPartners(r.vendorCounterpartPartners().orElse(null));
        return p;
    }

    private static PartnerPojo of(Partner partner) {
        PartnerPojo p = new PartnerPojo();
        p.setName(partner.name());
        p.setCorporateNumber(partner.corporateNumber().orElse(null));
        p.setSector(partner.sector());
        p.setSectorDescription(partner.sectorDescription().orElse(null));
        p.setSecurityDivisionChannel(partner.securityDivisionChannel());
        p.setOutsourcing(partner.outsourcing());
        p.setSecurityVendors(map(partner.securityVendors(), Pojos::of));
        p.setContacts(map(partner.contacts(), Pojos::of));
        return p;
    }

    private static SecurityVendorPojo of(SecurityVendor vendor) {
        SecurityVendorPojo p = new SecurityVendorPojo();
        p.setName(vendor.name());
        p.setKind(vendor.kind());
        p.setPracticalCounterpart(vendor.practicalCounterpart());
        return p;
    }

    private static ContactPojo of(Contact contact) {
        ContactPojo p = new ContactPojo();
        p.setName(contact.name());
        p.setRole(contact.role().orElse(null));
        p.setEmail(contact.email().orElse(null));
        p.setTelephone(contact.telephone().orElse(null));
        return p;
    }

    private static AdditionBasisPojo of(AdditionBasis basis) {
        AdditionBasisPojo p = new AdditionBasisPojo();
        p.setReason(basis.reason());
        p.setDescription(basis.description());
        p.setDecidedOn(basis.decidedOn().orElse(null));
        return p;
    }

    private static AgreedCrimePojo of(AgreedCrime crime) {
        AgreedCrimePojo p = new AgreedCrimePojo();
        p.setType(crime.type());
        p.setDescription(crime.description().orElse(null));
        p.setReportItems(new ArrayList<>(crime.reportItems()));
        return p;
    }

    private static AgreedConditionPojo of(AgreedCondition condition) {
        AgreedConditionPojo p = new AgreedConditionPojo();
        p.setKind(condition.kind());
        p.setDescription(condition.description());
        return p;
    }

    private static ConsentPojo of(Consent consent) {
        ConsentPojo p = new ConsentPojo();
        p.setGivenAt(consent.givenAt());
        p.setSummary(consent.summary().orElse(null));
        return p;
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> f) {
        List<B> out = new ArrayList<>(values.size());
        for (A v : values) {
            out.add(f.apply(v));
        }
        return out;
    }
}
