package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.organisation.PoliceDivision;
import java.time.OffsetDateTime;
import java.util.List;

/** An incident report as a plain mutable bean: the same JSON properties as the wire format. */
@JsonPropertyOrder(value = {"schemaVersion", "kind"}, alphabetic = true)
public class IncidentReportPojo {
    private String schemaVersion;
    private String kind;
    private String id;
    private String agreementId;
    private List<CrimeType> crimeTypes;
    private OffsetDateTime occurredAt;
    private OffsetDateTime detectedAt;
    private OffsetDateTime reportedAt;
    private String summary;
    private boolean suspectedCyberAttack;
    private List<PoliceDivision> sharedWith;
    private ContactPojo reporter;
    private PoliceDivision receivedBy;
    private ConsentPojo customerConsent;

    /** Creates an empty instance for Jackson to fill. */
    public IncidentReportPojo() {}

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public void setSchemaVersion(String schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(String agreementId) {
        this.agreementId = agreementId;
    }

    public List<CrimeType> getCrimeTypes() {
        return crimeTypes;
    }

    public void setCrimeTypes(List<CrimeType> crimeTypes) {
        this.crimeTypes = crimeTypes;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(OffsetDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public OffsetDateTime getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(OffsetDateTime detectedAt) {
        this.detectedAt = detectedAt;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(OffsetDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSuspectedCyberAttack() {
        return suspectedCyberAttack;
    }

    public void setSuspectedCyberAttack(boolean suspectedCyberAttack) {
        this.suspectedCyberAttack = suspectedCyberAttack;
    }

    public List<PoliceDivision> getSharedWith() {
        return sharedWith;
    }

    public void setSharedWith(List<PoliceDivision> sharedWith) {
        this.sharedWith = sharedWith;
    }

    public ContactPojo getReporter() {
        return reporter;
    }

    public void setReporter(ContactPojo reporter) {
        this.reporter = reporter;
    }

    public PoliceDivision getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(PoliceDivision receivedBy) {
        this.receivedBy = receivedBy;
    }

    public ConsentPojo getCustomerConsent() {
        return customerConsent;
    }

    public void setCustomerConsent(ConsentPojo customerConsent) {
        this.customerConsent = customerConsent;
    }
}
