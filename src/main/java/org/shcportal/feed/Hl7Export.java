package org.shcportal.feed;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shcportal.feed.RegistryRecord.ContactRow;
import org.shcportal.feed.RegistryRecord.Dose;
import org.shcportal.feed.RegistryRecord.Guardian;
import org.shcportal.feed.RegistryRecord.Lab;
import org.shcportal.feed.RegistryRecord.Name;
import org.shcportal.feed.RegistryRecord.OtherName;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CWE;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.EI;
import ca.uhn.hl7v2.model.v251.datatype.ST;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.datatype.XTN;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.VXU_V04_ORDER;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.message.VXU_V04;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.NK1;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.RXA;
import ca.uhn.hl7v2.parser.PipeParser;

/**
 * A person's record as HL7 v2.5.1 messages that the feed reads back: one VXU^V04 (CDC Immunization IG Release 1.5,
 * profile Z22) with the person (PID), a guardian per NK1 and an ORDER group (ORC, RXA) per dose, then one ORU^R01
 * (HL7 v2.5.1 ELR R1) per lab result. Built with HAPI's message classes and encoded by its pipe parser, which
 * escapes the delimiters in names and places.
 */
final class Hl7Export {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** HL7 table 0203: SR, state registry identifier. */
    private static final String REGISTRY_ID_TYPE = "SR";
    /** RXA-6 999: amount unknown (CDC Immunization IG Release 1.5, RXA-6). */
    private static final String UNKNOWN_AMOUNT = "999";
    /** ELR R1 profile of MSH-21 (HL7 v2.5.1 IG: Electronic Laboratory Reporting to Public Health R1). */
    private static final String[] ELR_PROFILE = { "PHLabReport-NoAck", "ELR_Receiver", "2.16.840.1.113883.9.11",
            "ISO" };
    /** HL7 table 0063, the relationships the feed links a guardian for. */
    private static final Map<String, String[]> RELATIONSHIPS = Map.of("MOTHER", new String[] { "MTH", "Mother" },
            "FATHER", new String[] { "FTH", "Father" }, "LEGAL_GUARDIAN", new String[] { "GRD", "Guardian" });
    private static final String SNOMED = "http://snomed.info/sct";
    /** MSH-7 with its time zone offset, as the CDC guide asks (Release 1.5, MSH-7): the export runs in UTC. */
    private static final String UTC = "+0000";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String authority;
    private final String stamp;
    private final PipeParser parser = new PipeParser();
    private long sequence;

    /**
     * @param authority the registry's assigning authority (PID-3.4, MSH-4)
     * @param stamp the export's time, {@code yyyyMMddHHmmss}: MSH-7 and the start of every MSH-10, so that a
     *        later export's messages are new messages to the feed
     */
    Hl7Export(String authority, String stamp) {
        this.authority = authority;
        this.stamp = stamp;
    }

    /** The person's messages, each with its segments ended by CR. */
    List<String> messages(RegistryRecord record) throws HL7Exception {
        List<String> messages = new ArrayList<>();
        messages.add(parser.encode(vxu(record)));
        for (Lab lab : record.labs()) {
            messages.add(parser.encode(oru(record, lab, "ENTERED_IN_ERROR".equals(lab.status()) ? "F" : status(lab))));
            if ("ENTERED_IN_ERROR".equals(lab.status())) {
                messages.add(parser.encode(oru(record, lab, "W")));
            }
        }
        return messages;
    }

    private VXU_V04 vxu(RegistryRecord record) throws HL7Exception {
        VXU_V04 vxu = new VXU_V04();
        header(vxu.getMSH(), "VXU", "V04", "VXU_V04");
        vxu.getMSH().getAcceptAcknowledgmentType().setValue("ER");
        vxu.getMSH().getApplicationAcknowledgmentType().setValue("AL");
        vxu.getMSH().getMessageProfileIdentifier(0).getEntityIdentifier().setValue("Z22");
        vxu.getMSH().getMessageProfileIdentifier(0).getNamespaceID().setValue("CDCPHINVS");
        patient(vxu.getPID(), record);
        for (int i = 0; i < record.guardians().size(); i++) {
            guardian(vxu.getNK1(i), i + 1, record.guardians().get(i));
        }
        int group = 0;
        for (Dose dose : record.doses()) {
            order(vxu.getORDER(group++), dose, "A");
            // A deleted dose is sent as the feed learns one: added, then the same content with RXA-21 D
            // (CDC Immunization IG Release 1.5 Addendum, "Deletions").
            if ("ENTERED_IN_ERROR".equals(dose.status())) {
                order(vxu.getORDER(group++), dose, "D");
            }
        }
        return vxu;
    }

    /** MSH (HL7 v2.5.1 section 2.14.9): the registry sends, production (P), version 2.5.1. */
    private void header(MSH msh, String type, String event, String structure) throws HL7Exception {
        msh.getFieldSeparator().setValue("|");
        msh.getEncodingCharacters().setValue("^~\\&");
        msh.getSendingApplication().getNamespaceID().setValue(authority);
        msh.getSendingFacility().getNamespaceID().setValue(authority);
        msh.getDateTimeOfMessage().getTime().setValue(stamp + UTC);
        msh.getMessageType().getMessageCode().setValue(type);
        msh.getMessageType().getTriggerEvent().setValue(event);
        msh.getMessageType().getMessageStructure().setValue(structure);
        msh.getMessageControlID().setValue(stamp + "-" + (++sequence));
        msh.getProcessingID().getProcessingID().setValue("P");
        msh.getVersionID().getVersionID().setValue("2.5.1");
    }

    /** PID as the feed reads it: registry id, names with their type, birth date, sex, address, phones, emails. */
    private void patient(PID pid, RegistryRecord record) throws HL7Exception {
        pid.getSetIDPID().setValue("1");
        registryId(pid.getPatientIdentifierList(0), record.registryId());
        name(pid.getPatientName(0), record.legal(), "L");
        int names = 1;
        for (OtherName other : record.otherNames()) {
            // HL7 table 0200: A alias; a previous name is sent as M (maiden), which the feed keeps as previous.
            name(pid.getPatientName(names++), other.name(), "ALIAS".equals(other.kind()) ? "A" : "M");
        }
        pid.getDateTimeOfBirth().getTime().setValue(record.birthDate().format(DATE));
        // HL7 table 0001 has no X: a sex other than female or male is O (other).
        pid.getAdministrativeSex().setValue("X".equals(record.sex()) ? "O" : record.sex());
        if (record.currentAddress() != null) {
            address(pid.getPatientAddress(0), record.currentAddress());
        }
        int telecoms = 0;
        for (ContactRow contact : record.contacts()) {
            if (contact.current()) {
                telecom(pid.getPhoneNumberHome(telecoms++), contact);
            }
        }
        if (record.identityAssurance() != null) {
            // PID-32 identity reliability code: HL7 table 0445 is user-defined; the registry writes its IAL code.
            pid.getIdentityReliabilityCode(0).setValue(record.identityAssurance());
        }
    }

    private void registryId(CX cx, String registryId) throws HL7Exception {
        cx.getIDNumber().setValue(registryId);
        cx.getAssigningAuthority().getNamespaceID().setValue(authority);
        cx.getIdentifierTypeCode().setValue(REGISTRY_ID_TYPE);
    }

    private static void name(XPN xpn, Name name, String type) throws HL7Exception {
        xpn.getFamilyName().getSurname().setValue(name.family());
        xpn.getGivenName().setValue(name.given());
        xpn.getSecondAndFurtherGivenNamesOrInitialsThereof().setValue(name.middle());
        xpn.getNameTypeCode().setValue(type);
    }

    private static void address(XAD xad, RegistryRecord.AddressRow address) throws HL7Exception {
        xad.getStreetAddress().getStreetOrMailingAddress().setValue(address.line1());
        xad.getOtherDesignation().setValue(address.line2());
        xad.getCity().setValue(address.city());
        xad.getStateOrProvince().setValue(address.state());
        xad.getZipOrPostalCode().setValue(address.postalCode());
        xad.getCountry().setValue("USA");
        // HL7 table 0190: P, permanent.
        xad.getAddressType().setValue("P");
    }

    /**
     * XTN as the CDC guide uses it (Release 1.5, PID-13): an email as {@code ^NET^Internet^address}; a phone as use
     * PRN, equipment PH, country code, area code and local number (the area code being the first three digits of a
     * North American number).
     */
    private static void telecom(XTN xtn, ContactRow contact) throws HL7Exception {
        if ("EMAIL".equals(contact.kind())) {
            xtn.getTelecommunicationUseCode().setValue("NET");
            xtn.getTelecommunicationEquipmentType().setValue("Internet");
            xtn.getEmailAddress().setValue(contact.value());
            return;
        }
        xtn.getTelecommunicationUseCode().setValue("PRN");
        xtn.getTelecommunicationEquipmentType().setValue("PH");
        try {
            PhoneNumber number = PHONES.parse(contact.value(), null);
            String national = Long.toString(number.getNationalNumber());
            xtn.getCountryCode().setValue(Integer.toString(number.getCountryCode()));
            // North American Numbering Plan: a three-digit area code, then seven digits.
            if (number.getCountryCode() == 1 && national.length() == 10) {
                xtn.getAreaCityCode().setValue(national.substring(0, 3));
                national = national.substring(3);
            }
            xtn.getLocalNumber().setValue(national);
        } catch (NumberParseException e) {
            xtn.getTelephoneNumber().setValue(contact.value());
        }
    }

    /** NK1: the guardian's legal name, relationship (table 0063) and registry id (NK1-33). */
    private void guardian(NK1 nk1, int setId, Guardian guardian) throws HL7Exception {
        nk1.getSetIDNK1().setValue(Integer.toString(setId));
        name(nk1.getNK1Name(0), guardian.name(), "L");
        String[] relationship = RELATIONSHIPS.get(guardian.relationship());
        coded(nk1.getRelationship(), relationship[0], relationship[1], "HL70063");
        registryId(nk1.getNextOfKinAssociatedPartySIdentifiers(0), guardian.registryId());
    }

    /** ORDER group: ORC-3 the dose's source id, RXA with date, CVX, lot, MVX, place, status and action. */
    private void order(VXU_V04_ORDER order, Dose dose, String action) throws HL7Exception {
        order.getORC().getOrderControl().setValue("RE");
        fillerOrderNumber(order.getORC().getFillerOrderNumber(), dose.sourceId(), "IMM-" + dose.id());
        RXA rxa = order.getRXA();
        rxa.getGiveSubIDCounter().setValue("0");
        rxa.getAdministrationSubIDCounter().setValue("1");
        rxa.getDateTimeStartOfAdministration().getTime().setValue(dose.date().format(DATE));
        coded(rxa.getAdministeredCode(), dose.cvx(), null, "CVX");
        rxa.getAdministeredAmount().setValue(UNKNOWN_AMOUNT);
        if (dose.lot() != null) {
            rxa.getSubstanceLotNumber(0).setValue(dose.lot());
        }
        if (dose.mvx() != null) {
            coded(rxa.getSubstanceManufacturerName(0), dose.mvx(), null, "MVX");
        }
        rxa.getAdministeredAtLocation().getFacility().getNamespaceID().setValue(dose.performer());
        // HL7 table 0322: CP complete; a dose not given is NA (not administered).
        rxa.getCompletionStatus().setValue("NOT_DONE".equals(dose.status()) ? "NA" : "CP");
        rxa.getActionCodeRXA().setValue(action);
    }

    /** EI from a source id {@code id^namespace}; without one, a stable id made from the database id. */
    private void fillerOrderNumber(EI ei, String sourceId, String stableId) throws HL7Exception {
        String id = sourceId == null ? stableId + "^" + authority : sourceId;
        int caret = id.indexOf('^');
        ei.getEntityIdentifier().setValue(caret < 0 ? id : id.substring(0, caret));
        ei.getNamespaceID().setValue(caret < 0 ? null : id.substring(caret + 1));
    }

    private static void coded(CE ce, String code, String text, String system) throws HL7Exception {
        ce.getIdentifier().setValue(code);
        ce.getText().setValue(text);
        ce.getNameOfCodingSystem().setValue(system);
    }

    /** One ORU^R01 for a lab result, in the layout the feed's ELR ingestion reads (ELR R1: ORC, OBR, OBX, SPM). */
    private ORU_R01 oru(RegistryRecord record, Lab lab, String resultStatus) throws HL7Exception {
        ORU_R01 oru = new ORU_R01();
        header(oru.getMSH(), "ORU", "R01", "ORU_R01");
        oru.getMSH().getAcceptAcknowledgmentType().setValue("NE");
        oru.getMSH().getApplicationAcknowledgmentType().setValue("NE");
        EI profile = oru.getMSH().getMessageProfileIdentifier(0);
        profile.getEntityIdentifier().setValue(ELR_PROFILE[0]);
        profile.getNamespaceID().setValue(ELR_PROFILE[1]);
        profile.getUniversalID().setValue(ELR_PROFILE[2]);
        profile.getUniversalIDType().setValue(ELR_PROFILE[3]);
        patient(oru.getPATIENT_RESULT().getPATIENT().getPID(), record);
        ORU_R01_ORDER_OBSERVATION order = oru.getPATIENT_RESULT().getORDER_OBSERVATION();
        String date = lab.date().format(DATE);
        order.getORC().getOrderControl().setValue("RE");
        fillerOrderNumber(order.getORC().getFillerOrderNumber(), null, "LAB-" + lab.id());
        OBR obr = order.getOBR();
        obr.getSetIDOBR().setValue("1");
        fillerOrderNumber(obr.getFillerOrderNumber(), null, "LAB-" + lab.id());
        coded(obr.getUniversalServiceIdentifier(), lab.loinc(), null, "LN");
        obr.getObservationDateTime().getTime().setValue(date);
        OBX obx = order.getOBSERVATION().getOBX();
        obx.getSetIDOBX().setValue("1");
        coded(obx.getObservationIdentifier(), lab.loinc(), null, "LN");
        value(oru, obx, lab);
        obx.getObservationResultStatus().setValue(resultStatus);
        obx.getDateTimeOfTheObservation().getTime().setValue(date);
        obx.getPerformingOrganizationName().getOrganizationName().setValue(lab.performer());
        order.getSPECIMEN().getSPM().getSetIDSPM().setValue("1");
        order.getSPECIMEN().getSPM().getSpecimenCollectionDateTime().getRangeStartDateTime().getTime().setValue(date);
        return oru;
    }

    /** OBX-2 and OBX-5: CWE with the SNOMED CT code (coding system SCT), else the value as ST. */
    private static void value(ORU_R01 oru, OBX obx, Lab lab) throws HL7Exception {
        if (lab.resultCode() != null) {
            obx.getValueType().setValue("CWE");
            CWE cwe = new CWE(oru);
            cwe.getIdentifier().setValue(lab.resultCode());
            cwe.getNameOfCodingSystem().setValue(SNOMED.equals(lab.resultSystem()) ? "SCT" : lab.resultSystem());
            obx.getObservationValue(0).setData(cwe);
        } else {
            obx.getValueType().setValue("ST");
            ST st = new ST(oru);
            st.setValue(lab.resultValue());
            obx.getObservationValue(0).setData(st);
        }
    }

    /** HL7 table 0085: F final, C corrected (an amended result too: 2.5.1 has no other code for it). */
    private static String status(Lab lab) {
        return "FINAL".equals(lab.status()) ? "F" : "C";
    }

    /** The export's time for MSH-7 and MSH-10. */
    static String stamp(LocalDateTime now) {
        return now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }
}
