package org.shcportal.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.registry.LabResult;
import org.shcportal.registry.LabTests;
import org.shcportal.registry.Person;
import org.shcportal.web.RegistryCalendar;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;

/**
 * The lab results of an ORU^R01 (HL7 v2.5.1 IG: Electronic Laboratory Reporting to Public Health R1, and the CDC/APHL
 * ELR 2.5.1 Clarification Document): the person of its PID ({@link PatientUpdate}), then one result per ORDER group
 * (ORC, OBR, OBX, SPM). A result is known by its sender (MSH-4) and the sender's id for it, ORC-3 (else OBR-3); OBX-11
 * F stores it, C corrects the stored one, W retracts it (kept, marked entered in error). The test is OBX-3 (LOINC),
 * the result OBX-5: a SNOMED CT code (OBX-2 CWE or CE) or a value (NM, SN, ST, with OBX-6 units); the date the
 * specimen was taken is SPM-17.1, else OBX-14, else OBR-7; the laboratory OBX-23.1. Tests outside
 * {@link LabTests} are stored as recorded with a warning: they do not go on a card.
 */
@ApplicationScoped
class LabResultUpdate implements RecordChange {

    /** LOINC Users' Guide, section 12.3: a code is up to 7 digits, a hyphen and a mod-10 check digit. */
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
    /** SNOMED CT Technical Implementation Guide, section 6.1: an SCTID is 6 to 18 digits. */
    private static final Pattern SNOMED = Pattern.compile("[0-9]{6,18}");
    /** HL7 table 0396: SCT is SNOMED CT in CE.3 and CWE.3. */
    private static final String SNOMED_SYSTEM = "SCT";
    /** Column sizes of the lab_result table (db-migrations V001). */
    private static final int VALUE_LENGTH = 100;
    private static final int PERFORMER_LENGTH = 200;

    @Inject
    PatientUpdate patients;

    @Inject
    RegistryCalendar calendar;

    @Override
    public List<ChangedPerson> apply(Message message, String sender, List<FeedProblem> problems) {
        ORU_R01_PATIENT_RESULT result = ((ORU_R01) message).getPATIENT_RESULT();
        ORU_R01_PATIENT patient = result.getPATIENT();
        ChangedPerson changed = patients.apply(patient.getPID(), patient::getNK1All, problems);
        if (changed == null) {
            return List.of();
        }
        Person person = changed.person();
        List<ORU_R01_ORDER_OBSERVATION> orders = orders(result);
        if (orders.isEmpty()) {
            problems.add(FeedProblem.error("OBR", 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "An ORU^R01 needs an ORC, OBR and OBX for each result."));
            return List.of();
        }
        int obxBefore = 0;
        for (int i = 0; i < orders.size(); i++) {
            List<OBX> observations = observations(orders.get(i));
            apply(person, sender, new Order(orders.get(i), i + 1, observations, obxBefore), problems);
            obxBefore += observations.size();
        }
        return List.of(changed);
    }

    /** One ORDER group, its place in the message, its OBX segments and how many OBX segments come before them. */
    private record Order(ORU_R01_ORDER_OBSERVATION group, int sequence, List<OBX> observations, int obxBefore) {
    }

    private static List<ORU_R01_ORDER_OBSERVATION> orders(ORU_R01_PATIENT_RESULT result) {
        try {
            return result.getORDER_OBSERVATIONAll();
        } catch (HL7Exception e) {
            return List.of();
        }
    }

    private static List<OBX> observations(ORU_R01_ORDER_OBSERVATION order) {
        List<OBX> observations = new ArrayList<>();
        try {
            order.getOBSERVATIONAll().forEach(observation -> observations.add(observation.getOBX()));
        } catch (HL7Exception e) {
            return List.of();
        }
        return observations;
    }

    private void apply(Person person, String sender, Order order, List<FeedProblem> problems) {
        if (order.observations().isEmpty()) {
            problems.add(FeedProblem.error("OBX", order.obxBefore() + 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "The order in OBR " + order.sequence() + " has no OBX segment with its result."));
            return;
        }
        int chosen = resultIndex(order);
        for (int i = 0; i < order.observations().size(); i++) {
            if (i != chosen) {
                problems.add(FeedProblem.warning("OBX", order.obxBefore() + i + 1, 3, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                        "Only the OBX of the ordered test (OBR-4) is stored for an order; this one was not."));
            }
        }
        OBX obx = order.observations().get(chosen);
        int obxSequence = order.obxBefore() + chosen + 1;
        Optional<String> sourceId = sourceId(order, problems);
        String status = PatientUpdate.text(obx.getObservationResultStatus().getValue());
        if (sourceId.isEmpty() || !List.of("F", "C", "W").contains(status)) {
            if (sourceId.isPresent()) {
                problems.add(FeedProblem.error("OBX", obxSequence, 11, ErrorCode.TABLE_VALUE_NOT_FOUND,
                        "OBX-11 must be F (final), C (correction) or W (posted in error)."));
            }
            return;
        }
        LabResult known = LabResult.find("sourceSystem = ?1 and sourceId = ?2", sender, sourceId.get()).firstResult();
        if (known != null && !known.person.id.equals(person.id)) {
            problems.add(FeedProblem.error("ORC", order.sequence(), 3, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "ORC-3 names a lab result of another person."));
            return;
        }
        if (known == null && !"F".equals(status)) {
            problems.add(FeedProblem.error("ORC", order.sequence(), 3, ErrorCode.UNKNOWN_KEY_IDENTIFIER, "OBX-11 "
                    + status + " names a result (ORC-3) the registry does not have from this sender."));
            return;
        }
        if ("W".equals(status)) {
            known.status = LabResult.Status.ENTERED_IN_ERROR;
            return;
        }
        LabResult lab = known != null ? known : new LabResult();
        if (!fill(lab, order, obx, obxSequence, problems)) {
            return;
        }
        lab.status = "C".equals(status) ? LabResult.Status.CORRECTED : LabResult.Status.FINAL;
        if (known == null) {
            lab.person = person;
            lab.sourceSystem = sender;
            lab.sourceId = sourceId.get();
            lab.persist();
        }
    }

    /** The OBX whose test (OBX-3) is the ordered one (OBR-4), else the first. */
    private static int resultIndex(Order order) {
        String ordered = PatientUpdate.text(order.group().getOBR().getUniversalServiceIdentifier().getIdentifier()
                .getValue());
        for (int i = 0; i < order.observations().size(); i++) {
            if (!ordered.isEmpty() && ordered.equals(PatientUpdate.text(order.observations().get(i)
                    .getObservationIdentifier().getIdentifier().getValue()))) {
                return i;
            }
        }
        return 0;
    }

    /** ORC-3 (else OBR-3) as {@code id^namespace}; an error when both are missing. */
    private static Optional<String> sourceId(Order order, List<FeedProblem> problems) {
        var filler = order.group().getORC().getFillerOrderNumber();
        if (PatientUpdate.text(filler.getEntityIdentifier().getValue()).isEmpty()) {
            filler = order.group().getOBR().getFillerOrderNumber();
        }
        String id = PatientUpdate.text(filler.getEntityIdentifier().getValue());
        if (id.isEmpty()) {
            problems.add(FeedProblem.error("ORC", order.sequence(), 3, ErrorCode.REQUIRED_FIELD_MISSING,
                    "ORC-3 (the sender's id of the result) is required."));
            return Optional.empty();
        }
        String namespace = PatientUpdate.text(filler.getNamespaceID().getValue());
        return PatientUpdate.sourceId(namespace.isEmpty() ? id : id + "^" + namespace, order.sequence(), problems);
    }

    /** Sets the result from OBX (and SPM, OBR); false (with errors) when a required field is missing or wrong. */
    private boolean fill(LabResult lab, Order order, OBX obx, int sequence, List<FeedProblem> problems) {
        Optional<String> loinc = loinc(obx, sequence, problems);
        Optional<LocalDate> date = effectiveDate(order, obx, sequence, problems);
        LabResult read = new LabResult();
        boolean valued = result(read, obx, sequence, problems);
        if (loinc.isEmpty() || date.isEmpty() || !valued) {
            return false;
        }
        lab.loincCode = loinc.get();
        lab.effectiveDate = date.get();
        lab.resultSystem = read.resultSystem;
        lab.resultCode = read.resultCode;
        lab.resultValue = read.resultValue;
        String performer = PatientUpdate.text(obx.getPerformingOrganizationName().getOrganizationName().getValue());
        lab.performerName = performer.isEmpty() ? null
                : performer.substring(0, Math.min(PERFORMER_LENGTH, performer.length()));
        return true;
    }

    /** OBX-3.1, a LOINC code; a warning when the registry's list of card tests does not have it. */
    private static Optional<String> loinc(OBX obx, int sequence, List<FeedProblem> problems) {
        String code = PatientUpdate.text(obx.getObservationIdentifier().getIdentifier().getValue());
        if (code.isEmpty()) {
            problems.add(FeedProblem.error("OBX", sequence, 3, ErrorCode.REQUIRED_FIELD_MISSING,
                    "OBX-3 (the test's LOINC code) is required."));
            return Optional.empty();
        }
        if (!LOINC.matcher(code).matches()) {
            problems.add(FeedProblem.error("OBX", sequence, 3, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "OBX-3 " + code + " is not a LOINC code.").atComponent(1));
            return Optional.empty();
        }
        if (LabTests.kindOf(code) == LabTests.TestKind.OTHER) {
            problems.add(FeedProblem.warning("OBX", sequence, 3, ErrorCode.TABLE_VALUE_NOT_FOUND, "OBX-3 LOINC " + code
                    + " is not a test that goes on a card; the result was stored as recorded.").atComponent(1));
        }
        return Optional.of(code);
    }

    /** SPM-17.1, else OBX-14, else OBR-7: the day the specimen was taken, not in the future. */
    private Optional<LocalDate> effectiveDate(Order order, OBX obx, int sequence, List<FeedProblem> problems) {
        LocalDate today = calendar.today();
        if (order.group().getSPECIMENReps() > 0) {
            String collected = order.group().getSPECIMEN().getSPM().getSpecimenCollectionDateTime()
                    .getRangeStartDateTime().getTime().getValue();
            if (!PatientUpdate.text(collected).isEmpty()) {
                return PatientUpdate.pastDate(collected, today, "SPM", order.sequence(), 17, problems);
            }
        }
        String observed = obx.getDateTimeOfTheObservation().getTime().getValue();
        if (!PatientUpdate.text(observed).isEmpty()) {
            return PatientUpdate.pastDate(observed, today, "OBX", sequence, 14, problems);
        }
        OBR obr = order.group().getOBR();
        return PatientUpdate.pastDate(obr.getObservationDateTime().getTime().getValue(), today, "OBR",
                order.sequence(), 7, problems);
    }

    /** OBX-5 by OBX-2: a SNOMED CT code (CWE, CE) or a value with OBX-6 units (NM, SN, ST). */
    private static boolean result(LabResult lab, OBX obx, int sequence, List<FeedProblem> problems) {
        String type = PatientUpdate.text(obx.getValueType().getValue());
        if (obx.getObservationValueReps() == 0 || text(obx.getObservationValue(0), 0).isEmpty()
                && !"SN".equals(type)) {
            problems.add(FeedProblem.error("OBX", sequence, 5, ErrorCode.REQUIRED_FIELD_MISSING,
                    "OBX-5 (the result) is required."));
            return false;
        }
        Type value = obx.getObservationValue(0);
        return switch (type) {
            case "CWE", "CE" -> coded(lab, value, sequence, problems);
            case "NM", "SN", "ST" -> valued(lab, value, PatientUpdate.text(obx.getUnits().getIdentifier().getValue()),
                    sequence, problems);
            default -> {
                problems.add(FeedProblem.error("OBX", sequence, 2, ErrorCode.TABLE_VALUE_NOT_FOUND,
                        "OBX-2 must be CWE or CE (a coded result) or NM, SN or ST (a value)."));
                yield false;
            }
        };
    }

    private static boolean coded(LabResult lab, Type value, int sequence, List<FeedProblem> problems) {
        String code = text(value, 0);
        if (!SNOMED_SYSTEM.equals(text(value, 2)) || !SNOMED.matcher(code).matches()) {
            problems.add(FeedProblem.error("OBX", sequence, 5, ErrorCode.TABLE_VALUE_NOT_FOUND,
                    "OBX-5 must be a SNOMED CT code (coding system SCT).").atComponent(1));
            return false;
        }
        lab.resultSystem = LabTests.SNOMED;
        lab.resultCode = code;
        return true;
    }

    private static boolean valued(LabResult lab, Type value, String units, int sequence,
            List<FeedProblem> problems) {
        String number = all(value);
        String written = units.isEmpty() ? number : number + " " + units;
        if (number.isEmpty() || written.length() > VALUE_LENGTH) {
            problems.add(FeedProblem.error("OBX", sequence, 5, number.isEmpty() ? ErrorCode.REQUIRED_FIELD_MISSING
                    : ErrorCode.DATA_TYPE_ERROR,
                    "OBX-5 must hold a value of at most " + VALUE_LENGTH
                            + " characters with its units."));
            return false;
        }
        lab.resultValue = written;
        return true;
    }

    /** Component {@code index} (from 0) of a field's value; the value itself for index 0 of a primitive. */
    private static String text(Type type, int index) {
        Type data = type instanceof Varies varies ? varies.getData() : type;
        if (data instanceof Primitive primitive) {
            return index == 0 ? PatientUpdate.text(primitive.getValue()) : "";
        }
        if (data instanceof Composite composite && index < composite.getComponents().length) {
            return text(composite.getComponents()[index], 0);
        }
        return "";
    }

    /** A value as written: a primitive, or the components of an SN (comparator, number, separator, number) joined. */
    private static String all(Type type) {
        Type data = type instanceof Varies varies ? varies.getData() : type;
        if (data instanceof Composite composite) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < composite.getComponents().length; i++) {
                joined.append(text(composite, i));
            }
            return joined.toString();
        }
        return text(data, 0);
    }
}
