package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Sector;
import java.util.List;

/** An agreement's partner as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class PartnerPojo {
    private String name;
    private String corporateNumber;
    private Sector sector;
    private String sectorDescription;
    private boolean securityDivisionChannel;
    private OutsourcingStatus outsourcing;
    private List<SecurityVendorPojo> securityVendors;
    private List<ContactPojo> contacts;

    /** Creates an empty instance for Jackson to fill. */
    public PartnerPojo() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getSectorDescription() {
        return sectorDescription;
    }

    public void setSectorDescription(String sectorDescription) {
        this.sectorDescription = sectorDescription;
    }

    public boolean isSecurityDivisionChannel() {
        return securityDivisionChannel;
    }

    public void setSecurityDivisionChannel(boolean securityDivisionChannel) {
        this.securityDivisionChannel = securityDivisionChannel;
    }

    public OutsourcingStatus getOutsourcing() {
        return outsourcing;
    }

    public void setOutsourcing(OutsourcingStatus outsourcing) {
        this.outsourcing = outsourcing;
    }

    public List<SecurityVendorPojo> getSecurityVendors() {
        return securityVendors;
    }

    public void setSecurityVendors(List<SecurityVendorPojo> securityVendors) {
        this.securityVendors = securityVendors;
    }

    public List<ContactPojo> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactPojo> contacts) {
        this.contacts = contacts;
    }
}
