package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AdditionReason;
import io.jointresponse.core.agreement.AgreedCondition;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ConditionKind;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.TargetGround;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Wire mix-ins of {@code io.jointresponse.core.agreement}. */
final class AgreementMixIns {

    private AgreementMixIns() {}

    static void register(MixInRegistry r) {
        r.add(Agreement.class, AgreementMixIn.class, Agreement.Builder.class, AgreementBuilderMixIn.class);
        r.add(Partner.class, PartnerMixIn.class, Partner.Builder.class, PartnerBuilderMixIn.class);
        r.add(Contact.class, ContactMixIn.class, Contact.Builder.class, ContactBuilderMixIn.class);
        r.add(SecurityVendor.class, SecurityVendorMixIn.class, SecurityVendor.Builder.class, SecurityVendorBuilderMixIn.class);
        r.add(AdditionBasis.class, AdditionBasisMixIn.class, AdditionBasis.Builder.class, AdditionBasisBuilderMixIn.class);
        r.add(ExistingChannel.class, ExistingChannelMixIn.class, ExistingChannel.Builder.class, ExistingChannelBuilderMixIn.class);
        r.add(AgreedCrime.class, AgreedCrimeMixIn.class, AgreedCrime.Builder.class, AgreedCrimeBuilderMixIn.class);
        r.add(AgreedCondition.class, AgreedConditionMixIn.class, AgreedCondition.Builder.class, AgreedConditionBuilderMixIn.class);
    }

    abstract static class AgreementMixIn {
        @JsonProperty("id") abstract String id();
        @JsonProperty("prefecture") abstract Prefecture prefecture();
        @JsonProperty("partner") abstract Partner partner();
        @JsonProperty("arrangement") abstract ArrangementType arrangement();
        @JsonProperty("status") abstract AgreementStatus status();
        @JsonProperty("targetGround") abstract Optional<TargetGround> targetGround();
        @JsonProperty("additionBasis") abstract Optional<AdditionBasis> additionBasis();
        @JsonProperty("existingChannel") abstract Optional<ExistingChannel> existingChannel();
        @JsonProperty("reasonDespiteExistingChannel") abstract Optional<String> reasonDespiteExistingChannel();
        @JsonProperty("draftedOn") abstract Optional<LocalDate> draftedOn();
        @JsonProperty("concludedOn") abstract Optional<LocalDate> concludedOn();
        @JsonProperty("amendedOn") abstract List<LocalDate> amendedOn();
        @JsonProperty("terminatedOn") abstract Optional<LocalDate> terminatedOn();
        @JsonProperty("reportableCrimes") abstract List<AgreedCrime> reportableCrimes();
        @JsonProperty("conditions") abstract List<AgreedCondition> conditions();
    }

    abstract static class AgreementBuilderMixIn {
        @JsonProperty("id") abstract Object id(String value);
        @JsonProperty("prefecture") abstract Object prefecture(Prefecture value);
        @JsonProperty("partner") abstract Object partner(Partner value);
        @JsonProperty("arrangement") abstract Object arrangement(ArrangementType value);
        @JsonProperty("status") abstract Object status(AgreementStatus value);
        @JsonProperty("targetGround") abstract Object targetGround(Optional<? extends TargetGround> value);
        @JsonProperty("additionBasis") abstract Object additionBasis(Optional<? extends AdditionBasis> value);
        @JsonProperty("existingChannel") abstract Object existingChannel(Optional<? extends ExistingChannel> value);
        @JsonProperty("reasonDespiteExistingChannel") abstract Object reasonDespiteExistingChannel(Optional<String> value);
        @JsonProperty("draftedOn") abstract Object draftedOn(Optional<? extends LocalDate> value);
        @JsonProperty("concludedOn") abstract Object concludedOn(Optional<? extends LocalDate> value);
        @JsonProperty("amendedOn") abstract Object amendedOn(Iterable<? extends LocalDate> value);
        @JsonProperty("terminatedOn") abstract Object terminatedOn(Optional<? extends LocalDate> value);
        @JsonProperty("reportableCrimes") abstract Object reportableCrimes(Iterable<? extends AgreedCrime> value);
        @JsonProperty("conditions") abstract Object conditions(Iterable<? extends AgreedCondition> value);
    }

    abstract static class PartnerMixIn {
        @JsonProperty("name") abstract String name();
        @JsonProperty("corporateNumber") abstract Optional<String> corporateNumber();
        @JsonProperty("sector") abstract Sector sector();
        @JsonProperty("sectorDescription") abstract Optional<String> sectorDescription();
        @JsonProperty("securityDivisionChannel") abstract boolean securityDivisionChannel();
        @JsonProperty("outsourcing") abstract OutsourcingStatus outsourcing();
        @JsonProperty("securityVendors") abstract List<SecurityVendor> securityVendors();
        @JsonProperty("contacts") abstract List<Contact> contacts();
    }

    abstract static class PartnerBuilderMixIn {
        @JsonProperty("name") abstract Object name(String value);
        @JsonProperty("corporateNumber") abstract Object corporateNumber(Optional<String> value);
        @JsonProperty("sector") abstract Object sector(Sector value);
        @JsonProperty("sectorDescription") abstract Object sectorDescription(Optional<String> value);
        @JsonProperty("securityDivisionChannel") abstract Object securityDivisionChannel(boolean value);
        @JsonProperty("outsourcing") abstract Object outsourcing(OutsourcingStatus value);
        @JsonProperty("securityVendors") abstract Object securityVendors(Iterable<? extends SecurityVendor> value);
        @JsonProperty("contacts") abstract Object contacts(Iterable<? extends Contact> value);
    }

    abstract static class ContactMixIn {
        @JsonProperty("name") abstract String name();
        @JsonProperty("role") abstract Optional<String> role();
        @JsonProperty("email") abstract Optional<String> email();
        @JsonProperty("telephone") abstract Optional<String> telephone();
    }

    abstract static class ContactBuilderMixIn {
        @JsonProperty("name") abstract Object name(String value);
        @JsonProperty("role") abstract Object role(Optional<String> value);
        @JsonProperty("email") abstract Object email(Optional<String> value);
        @JsonProperty("telephone") abstract Object telephone(Optional<String> value);
    }

    abstract static class SecurityVendorMixIn {
        @JsonProperty("name") abstract String name();
        @JsonProperty("kind") abstract VendorKind kind();
        @JsonProperty("practicalCounterpart") abstract boolean practicalCounterpart();
    }

    abstract static class SecurityVendorBuilderMixIn {
        @JsonProperty("name") abstract Object name(String value);
        @JsonProperty("kind") abstract Object kind(VendorKind value);
        @JsonProperty("practicalCounterpart") abstract Object practicalCounterpart(boolean value);
    }

    abstract static class AdditionBasisMixIn {
        @JsonProperty("reason") abstract AdditionReason reason();
        @JsonProperty("description") abstract String description();
        @JsonProperty("decidedOn") abstract Optional<LocalDate> decidedOn();
    }

    abstract static class AdditionBasisBuilderMixIn {
        @JsonProperty("reason") abstract Object reason(AdditionReason value);
        @JsonProperty("description") abstract Object description(String value);
        @JsonProperty("decidedOn") abstract Object decidedOn(Optional<? extends LocalDate> value);
    }

    abstract static class ExistingChannelMixIn {
        @JsonProperty("securityUnit") abstract String securityUnit();
        @JsonProperty("establishedOn") abstract LocalDate establishedOn();
        @JsonProperty("purpose") abstract Optional<String> purpose();
    }

    abstract static class ExistingChannelBuilderMixIn {
        @JsonProperty("securityUnit") abstract Object securityUnit(String value);
        @JsonProperty("establishedOn") abstract Object establishedOn(LocalDate value);
        @JsonProperty("purpose") abstract Object purpose(Optional<String> value);
    }

    abstract static class AgreedCrimeMixIn {
        @JsonProperty("type") abstract CrimeType type();
        @JsonProperty("description") abstract Optional<String> description();
        @JsonProperty("reportItems") abstract List<String> reportItems();
    }

    abstract static class AgreedCrimeBuilderMixIn {
        @JsonProperty("type") abstract Object type(CrimeType value);
        @JsonProperty("description") abstract Object description(Optional<String> value);
        @JsonProperty("reportItems") abstract Object reportItems(Iterable<String> value);
    }

    abstract static class AgreedConditionMixIn {
        @JsonProperty("kind") abstract ConditionKind kind();
        @JsonProperty("description") abstract String description();
    }

    abstract static class AgreedConditionBuilderMixIn {
        @JsonProperty("kind") abstract Object kind(ConditionKind value);
        @JsonProperty("description") abstract Object description(String value);
    }
}
