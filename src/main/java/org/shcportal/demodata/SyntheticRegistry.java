package org.shcportal.demodata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.shcportal.demodata.Household.AddressEntry;
import org.shcportal.demodata.Household.ContactEntry;
import org.shcportal.demodata.Household.Guardianship;
import org.shcportal.demodata.Household.LabTest;
import org.shcportal.demodata.Household.Member;
import org.shcportal.demodata.Household.Name;
import org.shcportal.demodata.Household.OtherName;

/**
 * A deterministic source of synthetic registry households: the same seed gives the same households, in the same
 * order, on every machine. Households are single adults, couples, and families whose children share the family
 * phone and are linked to their parents; a few hold the hard cases a portal must handle (twins with the same name
 * and birth date, 12+ COVID-19 doses, previous names).
 */
public final class SyntheticRegistry {

    /** The day the generated registry is "as of": no dose or test after it, ages counted on it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static final String SNOMED_DETECTED = "260373001";
    private static final String SNOMED_NOT_DETECTED = "260415000";
    private static final List<String> COVID_TESTS = List.of("94500-6", "94558-4", "94309-2");
    private static final List<String> LABS = List.of("Sandia Reference Laboratory", "Rio Grande Diagnostics",
            "State Public Health Laboratory");
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> AREA_CODES = List.of("505", "575");
    private static final List<String[]> CITIES = List.of(new String[] { "Albuquerque", "871" },
            new String[] { "Santa Fe", "875" }, new String[] { "Las Cruces", "880" },
            new String[] { "Gallup", "873" }, new String[] { "Farmington", "874" }, new String[] { "Taos", "875" },
            new String[] { "Roswell", "882" }, new String[] { "Rio Rancho", "871" });
    private static final List<String> STREETS = List.of("Calle del Sol", "Montaño Rd NW", "Paseo de Peralta",
            "Camino Real", "Main St", "Juan Tabo Blvd NE", "Acequia Madre", "Canyon Rd", "Route 66", "Mesa Verde Dr");

    private final SplittableRandom random;
    private final LocalDate asOf;

    public SyntheticRegistry(long seed) {
        this.random = new SplittableRandom(seed);
        this.asOf = AS_OF;
    }

    /** The next household; call until enough persons have been made. */
    public Household nextHousehold() {
        NamePools heritage = NamePools.pick(random);
        int roll = random.nextInt(100);
        if (roll < 30) {
            return single(heritage);
        }
        if (roll < 50) {
            return couple(heritage, List.of());
        }
        return couple(heritage, childrenBirthDates());
    }

    private Household single(NamePools heritage) {
        char sex = sex();
        LocalDate birthDate = adultBirthDate(18, 90);
        String phone = phone();
        AddressEntry address = address(birthDate.plusYears(18));
        Name name = new Name(heritage.family(random), heritage.givenMaybeCompound(random, sex),
                heritage.middle(random, sex));
        Member member = member(name, birthDate, sex, List.of(), phone, address, true);
        return new Household(List.of(member), List.of());
    }

    private Household couple(NamePools heritage, List<LocalDate> childBirthDates) {
        LocalDate eldest = childBirthDates.isEmpty() ? null : childBirthDates.get(0);
        LocalDate motherBirth = eldest == null ? adultBirthDate(20, 90) : eldest.minusYears(20 + random.nextInt(20));
        LocalDate partnerBirth = motherBirth.plusDays(random.nextInt(2400) - 1200);
        String familyPhone = phone();
        AddressEntry address = address(later(motherBirth, partnerBirth).plusYears(20));

        String familyName = heritage.family(random);
        Name partner = new Name(familyName, heritage.givenMaybeCompound(random, 'M'), heritage.middle(random, 'M'));
        String maidenName = (random.nextInt(100) < 30 ? NamePools.pick(random) : heritage).family(random);
        Name mother = motherName(heritage, familyName, maidenName);
        List<OtherName> motherOtherNames = mother.family().equals(maidenName) ? List.of()
                : List.of(new OtherName("PREVIOUS", new Name(maidenName, mother.given(), mother.middle())));

        List<Member> members = new ArrayList<>();
        members.add(member(mother, motherBirth, 'F', motherOtherNames, familyPhone, address, true));
        members.add(member(partner, partnerBirth, 'M', List.of(), familyPhone, address, true));
        List<Guardianship> guardianships = new ArrayList<>();
        Name previousChild = null;
        for (int i = 0; i < childBirthDates.size(); i++) {
            LocalDate birthDate = childBirthDates.get(i);
            boolean twin = i > 0 && birthDate.equals(childBirthDates.get(i - 1));
            char sex = twin && random.nextBoolean() ? members.get(members.size() - 1).sex() : sex();
            Name child = twin && sex == members.get(members.size() - 1).sex() && random.nextInt(10) == 0
                    ? previousChild // the hard case: twins registered under the same name
                    : childName(heritage, familyName, maidenName, sex);
            members.add(member(child, birthDate, sex, List.of(), familyPhone, address, false));
            guardianships.add(new Guardianship(0, members.size() - 1, "MOTHER"));
            guardianships.add(new Guardianship(1, members.size() - 1, "FATHER"));
            previousChild = child;
        }
        return new Household(List.copyOf(members), List.copyOf(guardianships));
    }

    /** Married Hispanic women keep their name, take their partner's, or join both with a hyphen. */
    private Name motherName(NamePools heritage, String familyName, String maidenName) {
        String given = heritage.givenMaybeCompound(random, 'F');
        String middle = heritage.middle(random, 'F');
        int roll = random.nextInt(100);
        if (roll < 35) {
            return new Name(maidenName, given, middle);
        }
        if (heritage == NamePools.HISPANIC && roll < 55 && !maidenName.equals(familyName)) {
            return new Name(maidenName + "-" + familyName, given, middle);
        }
        return new Name(familyName, given, middle);
    }

    private Name childName(NamePools heritage, String familyName, String maidenName, char sex) {
        boolean doubleName = heritage == NamePools.HISPANIC && !maidenName.equals(familyName)
                && random.nextInt(100) < 30;
        String family = doubleName ? familyName + "-" + maidenName : familyName;
        return new Name(family, heritage.givenMaybeCompound(random, sex), heritage.middle(random, sex));
    }

    /** One to four children, the eldest up to 19 (so some have just come of age), twins now and then. */
    private List<LocalDate> childrenBirthDates() {
        int count = 1 + random.nextInt(4);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate birthDate = asOf.minusDays(365L * 19 - random.nextInt(365 * 17));
        for (int i = 0; i < count; i++) {
            dates.add(birthDate);
            if (random.nextInt(100) < 4) {
                dates.add(birthDate);
            }
            birthDate = birthDate.plusDays(400 + random.nextInt(1100));
            if (birthDate.isAfter(asOf.minusDays(30))) {
                break;
            }
        }
        return dates;
    }

    private Member member(Name name, LocalDate birthDate, char sex, List<OtherName> otherNames, String sharedPhone,
            AddressEntry address, boolean adult) {
        boolean immunocompromised = adult && random.nextInt(100) < 2;
        return new Member(name, birthDate, sex, identityAssurance(), otherNames,
                contacts(name, birthDate, sharedPhone, adult), addresses(address), VaccineHistory.of(random,
                        birthDate, asOf, immunocompromised),
                labTests(birthDate));
    }

    private List<ContactEntry> contacts(Name name, LocalDate birthDate, String sharedPhone, boolean adult) {
        LocalDate since = later(birthDate, LocalDate.of(2008, 1, 1)).plusDays(random.nextInt(900));
        List<ContactEntry> contacts = new ArrayList<>();
        if (random.nextInt(100) < 15) {
            LocalDate changed = since.plusDays(365 + random.nextInt(1500));
            if (changed.isBefore(asOf)) {
                contacts.add(new ContactEntry("PHONE", phone(), since, changed));
                since = changed;
            }
        }
        contacts.add(new ContactEntry("PHONE", sharedPhone, since, null));
        if (adult && random.nextInt(100) < 55) {
            contacts.add(new ContactEntry("PHONE", phone(), since.plusDays(random.nextInt(300)), null));
        }
        if (adult && random.nextInt(100) < 70) {
            contacts.add(new ContactEntry("EMAIL", email(name), since.plusDays(random.nextInt(600)), null));
        }
        return contacts;
    }

    private List<AddressEntry> addresses(AddressEntry current) {
        if (random.nextInt(100) >= 20) {
            return List.of(current);
        }
        AddressEntry previous = address(current.addedOn().minusYears(3 + random.nextInt(5)));
        return List.of(previous, current);
    }

    private List<LabTest> labTests(LocalDate birthDate) {
        if (random.nextInt(100) >= 20 || birthDate.isAfter(LocalDate.of(2019, 1, 1))) {
            return List.of();
        }
        List<LabTest> tests = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            LocalDate date = LocalDate.of(2020, 4, 1).plusDays(random.nextInt(1000));
            String result = random.nextInt(100) < 30 ? SNOMED_DETECTED : SNOMED_NOT_DETECTED;
            tests.add(new LabTest(COVID_TESTS.get(random.nextInt(COVID_TESTS.size())), date, result,
                    LABS.get(random.nextInt(LABS.size()))));
        }
        tests.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(tests);
    }

    private String identityAssurance() {
        int roll = random.nextInt(100);
        return roll < 15 ? "IAL1.2" : roll < 25 ? "IAL1.4" : roll < 30 ? "IAL2" : null;
    }

    private AddressEntry address(LocalDate addedOn) {
        String[] city = CITIES.get(random.nextInt(CITIES.size()));
        String line2 = random.nextInt(100) < 20 ? "Apt " + (1 + random.nextInt(300)) : null;
        String line1 = (100 + random.nextInt(9800)) + " " + STREETS.get(random.nextInt(STREETS.size()));
        String zip = city[1] + String.format(Locale.ROOT, "%02d", random.nextInt(100));
        return new AddressEntry(line1, line2, city[0], "NM", zip, later(addedOn, LocalDate.of(2000, 1, 1)));
    }

    /** An E.164 New Mexico number; exchanges 555-01xx are avoided so that they stay free for fixed test data. */
    private String phone() {
        String area = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
        int exchange = 200 + random.nextInt(800);
        if (exchange == 555) {
            exchange = 556;
        }
        return "+1" + area + exchange + String.format(Locale.ROOT, "%04d", random.nextInt(10000));
    }

    private String email(Name name) {
        String local = ascii(name.given().split(" ")[0]) + "." + ascii(name.family()) + random.nextInt(1000);
        return local + "@" + EMAIL_DOMAINS.get(random.nextInt(EMAIL_DOMAINS.size()));
    }

    /** "Núñez-O'Brien" → "nunezobrien": accents dropped, only letters kept, lower case. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private char sex() {
        return random.nextInt(1000) < 3 ? 'X' : random.nextBoolean() ? 'F' : 'M';
    }

    private LocalDate adultBirthDate(int minAge, int maxAge) {
        int days = 365 * minAge + random.nextInt(365 * (maxAge - minAge));
        return asOf.minusDays(days);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
