package org.shcportal.feed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.shcportal.feed.FeedProblem.ErrorCode;
import org.shcportal.registry.Address;
import org.shcportal.registry.Contact;
import org.shcportal.registry.Person;
import org.shcportal.registry.PersonName;
import org.shcportal.signin.ContactAddress;
import org.shcportal.web.RegistryCalendar;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.IS;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.datatype.XTN;
import ca.uhn.hl7v2.model.v251.segment.NK1;
import ca.uhn.hl7v2.model.v251.segment.PID;

/**
 * The person of a VXU (CDC Immunization IG Release 1.5, PID segment): found by the registry's own id in PID-3, or
 * created from PID-5, PID-7 and PID-8; then names, address, phones and emails brought up to date, and guardians
 * from NK1 linked ({@link GuardianUpdate}). Runs inside the message's transaction; adds a {@link FeedProblem} for
 * each problem.
 */
@ApplicationScoped
class PatientUpdate {

    /** HL7 v2.5.1 section 2.A.77 (TS): the date is the first 8 characters, YYYYMMDD. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** PID-7 and RXA-3 dates: at least YYYYMMDD. */
    private static final int DATE_LENGTH = 8;
    /** Column sizes (db-migrations V001: person, person_name, address; V019 and V021: the sender's id of a record). */
    private static final int REGISTRY_ID_LENGTH = 32;
    private static final int NAME_LENGTH = 100;
    private static final int LINE_LENGTH = 200;
    private static final int CITY_LENGTH = 100;
    private static final int SOURCE_ID_LENGTH = 200;
    /** SMART Health Cards identity-assurance codes: IAL1, IAL1.2, IAL1.4, IAL2, IAL3 (at most 16 characters, V001). */
    private static final Pattern IDENTITY_ASSURANCE = Pattern.compile("IAL[0-9](\\.[0-9])?");

    @Inject
    FeedConfig config;

    @Inject
    RegistryCalendar calendar;

    @Inject
    GuardianUpdate guardians;

    @Inject
    EntityManager entityManager;

    /**
     * The person of a PID (and its NK1 segments), created or brought up to date, and whether it was created; null
     * when an error keeps the message from being stored. A PID with the id of a known person and neither name nor birth date
     * leaves the record as it
     * is; otherwise its name and birth date replace those on record. An unknown person needs a legal name and a birth
     * date. An id of a record merged into another stands for the
     * survivor.
     */
    ChangedPerson apply(PID pid, NK1Segments nk1, List<FeedProblem> problems) {
        Optional<String> registryId = registryId(pid.getPatientIdentifierList(), config.assigningAuthority());
        if (registryId.isEmpty()) {
            problems.add(FeedProblem.error("PID", 1, 3, ErrorCode.REQUIRED_FIELD_MISSING, "PID-3 holds no id assigned by "
                    + config.assigningAuthority() + "."));
            return null;
        }
        if (registryId.get().length() > REGISTRY_ID_LENGTH) {
            problems.add(FeedProblem.error("PID", 1, 3, ErrorCode.DATA_TYPE_ERROR, "PID-3: the registry's id may have at"
                    + " most " + REGISTRY_ID_LENGTH + " characters."));
            return null;
        }
        Optional<Person> known = Person.findCurrentByRegistryId(registryId.get());
        if (known.isPresent() && pid.getPatientName().length == 0
                && text(pid.getDateTimeOfBirth().getTime().getValue()).isEmpty()) {
            return ChangedPerson.known(known.get());
        }
        Optional<LocalDate> birthDate = pastDate(pid.getDateTimeOfBirth().getTime().getValue(), calendar.today(), "PID",
                1, 7, problems);
        Optional<XPN> legal = legalName(pid.getPatientName());
        if (legal.isEmpty()) {
            problems.add(FeedProblem.error("PID", 1, 5, ErrorCode.REQUIRED_FIELD_MISSING,
                    "PID-5 holds no legal name with a family and a given name."));
        } else if (!fits(legal.get())) {
            problems.add(FeedProblem.error("PID", 1, 5, ErrorCode.DATA_TYPE_ERROR,
                    "PID-5: each part of the legal name may have at most " + NAME_LENGTH + " characters."));
            return null;
        }
        if (birthDate.isEmpty() || legal.isEmpty()) {
            return null;
        }
        Person person = known.orElseGet(() -> newPerson(registryId.get(), birthDate.get()));
        // A person created by this message has no names, address or contacts on record yet: no need to look.
        boolean created = person.id == null;
        // The registry's system of record corrects a birth date; the record's fingerprint then tells the resident.
        person.birthDate = birthDate.get();
        sex(pid.getAdministrativeSex().getValue()).ifPresent(sex -> person.sex = sex);
        identityAssurance(pid).ifPresent(level -> person.identityAssurance = level);
        AddedDetails added = new AddedDetails();
        List<PersonName> otherNames = created ? new ArrayList<>()
                : new ArrayList<>(PersonName.listOtherNamesOf(person));
        legalName(person, legal.get(), otherNames, added);
        otherNames(person, otherNames, pid.getPatientName(), added);
        address(person, created, pid.getPatientAddress(), problems, added);
        contacts(person, created, pid, problems, added);
        added.write(entityManager);
        boolean linked = false;
        try {
            linked = guardians.apply(person, nk1.all(), problems);
        } catch (HL7Exception e) {
            problems.add(FeedProblem.warning("NK1", 1, 0, ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "The NK1 segments could not be read; no guardian was linked."));
        }
        return new ChangedPerson(person, created, linked);
    }

    /** The NK1 segments of a message, read when needed: HAPI throws when the message's structure is broken. */
    @FunctionalInterface
    interface NK1Segments {
        List<NK1> all() throws HL7Exception;
    }

    /** The identifier (CX-1) of the first repetition of a CX field (PID-3, NK1-33) assigned (CX-4) by {@code authority}. */
    static Optional<String> registryId(CX[] ids, String authority) {
        for (CX id : ids) {
            String value = text(id.getIDNumber().getValue());
            if (!value.isEmpty()
                    && authority.equals(text(id.getAssigningAuthority().getNamespaceID().getValue()))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * A TS field as a date that is not after {@code today}; an error when it is missing, not a date or in the future
     * (a dose given, a specimen taken, a person born tomorrow is a mistake: CDC Immunization IG Release 1.5, table
     * 0533 code 1, illogical date).
     */
    static Optional<LocalDate> pastDate(String value, LocalDate today, String segment, int sequence, int field,
            List<FeedProblem> problems) {
        Optional<LocalDate> date = date(value, segment, sequence, field, problems);
        if (date.isPresent() && date.get().isAfter(today)) {
            problems.add(FeedProblem.error(segment, sequence, field, ErrorCode.DATA_TYPE_ERROR,
                    segment + "-" + field + " is a date in the future."));
            return Optional.empty();
        }
        return date;
    }

    /** A TS field as a date; an error when it is missing or not a date. */
    static Optional<LocalDate> date(String value, String segment, int sequence, int field, List<FeedProblem> problems) {
        String text = text(value);
        if (text.isEmpty()) {
            problems.add(FeedProblem.error(segment, sequence, field, ErrorCode.REQUIRED_FIELD_MISSING,
                    segment + "-" + field + " (a date) is required."));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, Math.min(DATE_LENGTH, text.length())), DATE));
        } catch (DateTimeParseException e) {
            problems.add(FeedProblem.error(segment, sequence, field, ErrorCode.DATA_TYPE_ERROR,
                    segment + "-" + field + " is not a date of the form YYYYMMDD."));
            return Optional.empty();
        }
    }

    private Person newPerson(String registryId, LocalDate birthDate) {
        Person person = new Person();
        person.registryId = registryId;
        person.birthDate = birthDate;
        person.sex = Person.Sex.U;
        return person;
    }

    /** PID-8 (HL7 table 0001): F, M, U, and O (other) as X; other values leave the record as it is. */
    private static Optional<Person.Sex> sex(String value) {
        return switch (text(value)) {
            case "F" -> Optional.of(Person.Sex.F);
            case "M" -> Optional.of(Person.Sex.M);
            case "O" -> Optional.of(Person.Sex.X);
            case "U" -> Optional.of(Person.Sex.U);
            default -> Optional.empty();
        };
    }

    /**
     * PID-32 (identity reliability code, HL7 table 0445, user-defined): the registry's SMART Health Cards
     * identity-assurance level (https://spec.smarthealth.cards/#identity-assurance), e.g. IAL1.2, when it is one.
     */
    private static Optional<String> identityAssurance(PID pid) {
        for (IS code : pid.getIdentityReliabilityCode()) {
            String level = text(code.getValue());
            if (IDENTITY_ASSURANCE.matcher(level).matches()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The first PID-5 repetition of name type L (HL7 table 0200), or without a type, with family and given name. */
    private static Optional<XPN> legalName(XPN[] names) {
        for (XPN name : names) {
            String type = text(name.getNameTypeCode().getValue());
            if ((type.isEmpty() || "L".equals(type)) && complete(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Sets the legal name; a different one on record before is kept as a previous name. */
    private static void legalName(Person person, XPN legal, List<PersonName> otherNames, AddedDetails added) {
        String family = text(legal.getFamilyName().getSurname().getValue());
        String given = text(legal.getGivenName().getValue());
        String middle = blankToNull(legal.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue());
        if (person.id != null && !(family.equals(person.familyName) && given.equals(person.givenName)
                && Objects.equals(middle, blankToNull(person.middleName)))) {
            keepName(person, otherNames, PersonName.Kind.PREVIOUS, person.familyName, person.givenName,
                    person.middleName, added);
        }
        person.familyName = family;
        person.givenName = given;
        person.middleName = middle;
        if (person.id == null) {
            person.persist();
        }
    }

    /**
     * PID-5 repetitions of name type A (alias) and M or B (maiden, birth name), kept once each; {@code known} is the
     * person's other names.
     */
    private static void otherNames(Person person, List<PersonName> known, XPN[] names, AddedDetails added) {
        for (XPN name : names) {
            PersonName.Kind kind = switch (text(name.getNameTypeCode().getValue())) {
                case "A" -> PersonName.Kind.ALIAS;
                case "M", "B" -> PersonName.Kind.PREVIOUS;
                default -> null;
            };
            if (kind != null && complete(name) && fits(name)) {
                keepName(person, known, kind, text(name.getFamilyName().getSurname().getValue()),
                        text(name.getGivenName().getValue()),
                        blankToNull(name.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue()), added);
            }
        }
    }

    /** Keeps a name unless {@code known} (the person's other names, kept up to date here) has it. */
    private static void keepName(Person person, List<PersonName> known, PersonName.Kind kind, String family,
            String given, String middle, AddedDetails added) {
        boolean kept = known.stream()
                .anyMatch(name -> name.kind == kind && family.equals(name.familyName) && given.equals(name.givenName)
                        && Objects.equals(blankToNull(middle), blankToNull(name.middleName)));
        if (!kept) {
            PersonName name = new PersonName();
            name.person = person;
            name.kind = kind;
            name.familyName = family;
            name.givenName = given;
            name.middleName = blankToNull(middle);
            added.add(name);
            known.add(name);
        }
    }

    /** Whether each part of the name fits the registry's columns. */
    private static boolean fits(XPN name) {
        return text(name.getFamilyName().getSurname().getValue()).length() <= NAME_LENGTH
                && text(name.getGivenName().getValue()).length() <= NAME_LENGTH
                && text(name.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue()).length() <= NAME_LENGTH;
    }

    /** The sender's id of a dose or result (ORC-3 as {@code id^namespace}); an error when it is too long to keep. */
    static Optional<String> sourceId(String id, int sequence, List<FeedProblem> problems) {
        if (id.length() > SOURCE_ID_LENGTH) {
            problems.add(FeedProblem.error("ORC", sequence, 3, ErrorCode.DATA_TYPE_ERROR,
                    "ORC-3 may have at most " + SOURCE_ID_LENGTH + " characters."));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static boolean complete(XPN name) {
        return !text(name.getFamilyName().getSurname().getValue()).isEmpty()
                && !text(name.getGivenName().getValue()).isEmpty();
    }

    /** The first PID-11 repetition becomes the current address when it differs from the one on record. */
    private void address(Person person, boolean created, XAD[] addresses, List<FeedProblem> problems,
            AddedDetails added) {
        if (addresses.length == 0 || text(addresses[0].getCity().getValue()).isEmpty()
                && text(addresses[0].getStreetAddress().getStreetOrMailingAddress().getValue()).isEmpty()) {
            return;
        }
        XAD sent = addresses[0];
        Address address = new Address();
        address.person = person;
        address.line1 = text(sent.getStreetAddress().getStreetOrMailingAddress().getValue());
        address.line2 = blankToNull(sent.getOtherDesignation().getValue());
        address.city = text(sent.getCity().getValue());
        address.state = text(sent.getStateOrProvince().getValue()).toUpperCase(Locale.ROOT);
        address.postalCode = text(sent.getZipOrPostalCode().getValue());
        // USPS: a state is two letters; a ZIP code is 5 digits or ZIP+4 (10 characters with the hyphen).
        if (address.line1.isEmpty() || address.city.isEmpty() || address.state.length() != 2
                || address.postalCode.isEmpty() || address.postalCode.length() > 10
                || address.line1.length() > LINE_LENGTH || address.line2 != null && address.line2.length() > LINE_LENGTH
                || address.city.length() > CITY_LENGTH) {
            problems.add(FeedProblem.warning("PID", 1, 11, ErrorCode.REQUIRED_FIELD_MISSING,
                    "PID-11 needs a street (at most " + LINE_LENGTH + " characters), city (at most " + CITY_LENGTH
                            + "), two-letter state and ZIP code; the address was not stored."));
            return;
        }
        boolean same = !created && Address.findCurrentOf(person).filter(current -> current.line1.equalsIgnoreCase(address.line1)
                && Objects.equals(blankToNull(current.line2), address.line2)
                && current.city.equalsIgnoreCase(address.city) && current.state.equals(address.state)
                && current.postalCode.equals(address.postalCode)).isPresent();
        if (!same) {
            address.addedOn = calendar.today();
            added.add(address);
        }
    }

    /**
     * PID-13 and PID-14 (XTN; use code NET is an email, others a phone): the ones sent are on record; when the message
     * sends any, those on record that it no longer sends are marked removed today. A message with neither field
     * leaves the contacts as they are.
     */
    private void contacts(Person person, boolean created, PID pid, List<FeedProblem> problems, AddedDetails added) {
        List<ContactAddress> sent = new ArrayList<>();
        boolean anySent = read(pid.getPhoneNumberHome(), 13, sent, problems)
                | read(pid.getPhoneNumberBusiness(), 14, sent, problems);
        if (!anySent) {
            return;
        }
        LocalDate today = calendar.today();
        List<Contact> current = created ? List.of()
                : Contact.listHistoryOf(person).stream().filter(c -> c.removedOn == null).toList();
        for (Contact contact : current) {
            if (sent.stream().noneMatch(s -> s.kind() == contact.kind && s.value().equals(contact.value))) {
                contact.removedOn = today;
            }
        }
        for (ContactAddress address : sent.stream().distinct().toList()) {
            if (current.stream().noneMatch(c -> c.kind == address.kind() && c.value.equals(address.value()))) {
                Contact contact = new Contact();
                contact.person = person;
                contact.kind = address.kind();
                contact.value = address.value();
                contact.addedOn = today;
                added.add(contact);
            }
        }
    }

    /** Adds the valid contacts of an XTN field to {@code sent}; whether the field held anything. */
    private static boolean read(XTN[] numbers, int field, List<ContactAddress> sent, List<FeedProblem> problems) {
        boolean any = false;
        for (XTN number : numbers) {
            String written = written(number);
            if (written.isEmpty()) {
                continue;
            }
            any = true;
            Optional<ContactAddress> parsed = ContactAddress.parse(written);
            if (parsed.isPresent()) {
                sent.add(parsed.get());
            } else {
                problems.add(FeedProblem.warning("PID", 1, field, ErrorCode.DATA_TYPE_ERROR, "PID-" + field
                        + " holds a phone number or email address that is not valid; it was not stored."));
            }
        }
        return any;
    }

    /** XTN as the CDC guide uses it: XTN-4 for NET, else XTN-5, XTN-6 and XTN-7 (XTN-1 from older senders). */
    private static String written(XTN number) {
        if ("NET".equals(text(number.getTelecommunicationUseCode().getValue()))) {
            return text(number.getEmailAddress().getValue());
        }
        String local = text(number.getLocalNumber().getValue());
        if (local.isEmpty()) {
            return text(number.getTelephoneNumber().getValue());
        }
        String country = text(number.getCountryCode().getValue());
        return (country.isEmpty() ? "" : "+" + country + " ") + text(number.getAreaCityCode().getValue()) + local;
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        String text = text(value);
        return text.isEmpty() ? null : text;
    }
}
