package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;

/** An agreement as a plain mutable bean: the same JSON properties as the wire format. */
@JsonPropertyOrder(value = {"schemaVersion", "kind"}, alphabetic = true)
public class AgreementPojo {
    private String schemaVersion;
    private String kind;
    private String id;
    private Prefecture prefecture;
    private PartnerPojo partner;
    private ArrangementType arrangement;
    private AgreementStatus status;
    private AdditionBasisPojo additionBasis;
    private LocalDate draftedOn;
    private LocalDate concludedOn;
    private List<LocalDate> amendedOn;
    private LocalDate terminatedOn;
    private List<AgreedCrimePojo> reportableCrimes;
    private List<AgreedConditionPojo> conditions;

    /** Creates an empty instance for Jackson to fill. */
    public AgreementPojo() {}

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

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Prefecture prefecture) {
        this.prefecture = prefecture;
    }

    public PartnerPojo getPartner() {
        return partner;
    }

    public void setPartner(PartnerPojo partner) {
        this.partner = partner;
    }

    public ArrangementType getArrangement() {
        return arrangement;
    }

    public void setArrangement(ArrangementType arrangement) {
        this.arrangement = arrangement;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public AdditionBasisPojo getAdditionBasis() {
        return additionBasis;
    }

    public void setAdditionBasis(AdditionBasisPojo additionBasis) {
        this.additionBasis = additionBasis;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public void setDraftedOn(LocalDate draftedOn) {
        this.draftedOn = draftedOn;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public void setConcludedOn(LocalDate concludedOn) {
        this.concludedOn = concludedOn;
    }

    public List<LocalDate> getAmendedOn() {
        return amendedOn;
    }

    public void setAmendedOn(List<LocalDate> amendedOn) {
        this.amendedOn = amendedOn;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }

    public List<AgreedCrimePojo> getReportableCrimes() {
        return reportableCrimes;
    }

    public void setReportableCrimes(List<AgreedCrimePojo> reportableCrimes) {
        this.reportableCrimes = reportableCrimes;
    }

    public List<AgreedConditionPojo> getConditions() {
        return conditions;
    }

    public void setConditions(List<AgreedConditionPojo> conditions) {
        this.conditions = conditions;
    }
}
