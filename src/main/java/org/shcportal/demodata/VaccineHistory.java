package org.shcportal.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.shcportal.demodata.Household.Dose;

/**
 * The doses one person received, following the US schedules of their time: the childhood series (CDC schedule),
 * COVID-19 primary series and boosters by age group, yearly flu, and mpox for a few adults in 2022. Codes are CDC
 * CVX and MVX; every COVID-19 and mpox code used is in the Vaccination &amp; Testing IG's value sets except 213
 * ("unspecified"), which real registries hold for out-of-state records.
 */
final class VaccineHistory {

    static final List<String> SITES = List.of("Sandia Family Clinic", "Rio Grande Pharmacy #112",
            "Santa Fe County Public Health Office", "Mesa Vista Pediatrics", "Four Corners Community Health Center",
            "Las Cruces Community Pharmacy", "Pueblo Health Station", "Albuquerque Vaccine Site 3",
            "Gallup Family Medicine", "Roswell Children's Clinic", "Taos Valley Health", "Farmington Drive-Thru Site");

    private static final LocalDate COVID_START = LocalDate.of(2021, 1, 4);

    private final SplittableRandom random;
    private final LocalDate birthDate;
    private final LocalDate asOf;
    private final String homeSite;
    private final List<Dose> doses = new ArrayList<>();

    private VaccineHistory(SplittableRandom random, LocalDate birthDate, LocalDate asOf) {
        this.random = random;
        this.birthDate = birthDate;
        this.asOf = asOf;
        this.homeSite = SITES.get(random.nextInt(SITES.size()));
    }

    /** The doses of a person born on {@code birthDate}, as the registry knows them on {@code asOf}, oldest first. */
    static List<Dose> of(SplittableRandom random, LocalDate birthDate, LocalDate asOf, boolean immunocompromised) {
        VaccineHistory history = new VaccineHistory(random, birthDate, asOf);
        history.childhoodSeries();
        history.covid19(immunocompromised);
        history.flu();
        history.mpox();
        history.enteredInError();
        history.doses.sort(Comparator.comparing(Dose::date));
        return List.copyOf(history.doses);
    }

    private void childhoodSeries() {
        if (birthDate.getYear() < 1990) {
            if (random.nextInt(100) < 30) {
                give("03", "MSD", birthDate.plusYears(1)); // MMR, from an older paper record
            }
            return;
        }
        int completeness = birthDate.getYear() >= 2000 ? 95 : 60;
        if (random.nextInt(100) >= completeness) {
            return;
        }
        atMonths("08", "SKB", 0, 1, 6); // hepatitis B
        atMonths("20", "SKB", 2, 4, 6, 15, 48); // DTaP
        atMonths("10", "PMC", 2, 4, 6, 48); // IPV (polio)
        atMonths("49", "PMC", 2, 4, 12); // Hib
        atMonths("133", "PFR", 2, 4, 6, 12); // PCV13
        atMonths("03", "MSD", 12, 48); // MMR
        atMonths("21", "MSD", 12, 48); // varicella
        atMonths("83", "MSD", 12, 18); // hepatitis A
        atMonths("115", "PMC", 132); // Tdap
        atMonths("114", "PMC", 132, 192); // MenACWY
        if (random.nextInt(100) < 60) {
            atMonths("165", "MSD", 132, 138); // HPV
        }
    }

    private void atMonths(String cvx, String mvx, int... months) {
        for (int month : months) {
            give(cvx, mvx, birthDate.plusMonths(month).plusDays(random.nextInt(14)));
        }
    }

    private void covid19(boolean immunocompromised) {
        if (random.nextInt(100) >= 72) {
            return;
        }
        LocalDate start = COVID_START.plusDays(random.nextInt(200));
        int ageAtStart = age(start);
        if (ageAtStart < 5) {
            start = later(later(start, LocalDate.of(2022, 6, 20)), birthDate.plusMonths(6));
            series(random.nextBoolean() ? "219" : "228", 3, 21, start);
        } else if (ageAtStart < 12) {
            start = later(start, LocalDate.of(2021, 11, 3));
            series("218", 2, 21, start);
            booster(random.nextBoolean() ? "301" : "230", LocalDate.of(2022, 10, 15));
        } else {
            adultSeries(start);
            booster(random.nextBoolean() ? "208" : "207", LocalDate.of(2021, 11, 1));
            booster(random.nextBoolean() ? "300" : "229", LocalDate.of(2022, 9, 15));
            booster(pick("309", "312", "313"), LocalDate.of(2023, 10, 1));
            booster(pick("309", "312"), LocalDate.of(2024, 10, 1));
        }
        if (immunocompromised) {
            extraDoses();
        }
    }

    private void adultSeries(LocalDate start) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            series("208", 2, 21, start);
        } else if (roll < 85) {
            series("207", 2, 28, start);
        } else if (roll < 95) {
            give("212", "JSN", start);
        } else if (roll < 98) {
            series("211", 2, 21, later(start, LocalDate.of(2022, 7, 20)));
        } else {
            // an out-of-state record that only says "a COVID-19 vaccine"
            give("213", null, start);
            give("208", "PFR", start.plusDays(21));
        }
    }

    /** Extra doses every three months, as given to the immunocompromised: a history of 12 or more doses. */
    private void extraDoses() {
        LocalDate date = LocalDate.of(2022, 1, 10);
        for (int i = 0; i < 9 + random.nextInt(5) && date.isBefore(asOf); i++) {
            give(random.nextBoolean() ? "217" : "221", null, date);
            date = date.plusDays(90 + random.nextInt(20));
        }
    }

    private void series(String cvx, int count, int intervalDays, LocalDate start) {
        for (int i = 0; i < count; i++) {
            give(cvx, null, start.plusDays((long) i * intervalDays + random.nextInt(4)));
        }
    }

    private void booster(String cvx, LocalDate campaignStart) {
        if (random.nextInt(100) < 55) {
            give(cvx, null, campaignStart.plusDays(random.nextInt(150)));
        }
    }

    private void flu() {
        if (age(asOf) < 1 || random.nextInt(100) >= 45) {
            return;
        }
        for (int season = 2015; season <= asOf.getYear(); season++) {
            LocalDate date = LocalDate.of(season, 9, 20).plusDays(random.nextInt(70));
            if (random.nextInt(100) < 70 && date.isAfter(birthDate.plusMonths(6))) {
                boolean senior = age(date) >= 65;
                give(senior ? pick("197", "205") : pick("150", "158"), senior ? "SEQ" : "PMC", date);
            }
        }
    }

    private void mpox() {
        int age = age(LocalDate.of(2022, 7, 1));
        if (age >= 18 && age <= 60 && random.nextInt(1000) < 15) {
            LocalDate first = LocalDate.of(2022, 7, 15).plusDays(random.nextInt(120));
            give("206", "BN", first);
            give("206", "BN", first.plusDays(28 + random.nextInt(5)));
        }
    }

    /** Now and then a dose keyed twice, the copy later marked entered-in-error (HL7 RXA-21 "D"). */
    private void enteredInError() {
        if (!doses.isEmpty() && random.nextInt(200) == 0) {
            Dose original = doses.get(random.nextInt(doses.size()));
            doses.add(new Dose(original.cvx(), original.date(), original.lot(), original.mvx(), original.performer(),
                    "ENTERED_IN_ERROR"));
        }
    }

    private void give(String cvx, String mvx, LocalDate date) {
        if (date.isAfter(asOf) || date.isBefore(birthDate)) {
            return;
        }
        String manufacturer = mvx != null ? mvx : covidManufacturer(cvx);
        String site = random.nextInt(100) < 70 ? homeSite : SITES.get(random.nextInt(SITES.size()));
        doses.add(new Dose(cvx, date, lot(manufacturer), manufacturer, site, "COMPLETED"));
    }

    private static String covidManufacturer(String cvx) {
        return switch (cvx) {
            case "207", "221", "228", "229", "230", "311", "312" -> "MOD";
            case "211", "313" -> "NVX";
            case "212" -> "JSN";
            case "213" -> null;
            default -> "PFR";
        };
    }

    /** A lot number in the manufacturer's usual shape ("EW0182" for Pfizer, "041L20A" for Moderna). */
    private String lot(String mvx) {
        if (mvx == null) {
            return null;
        }
        return switch (mvx) {
            case "PFR" -> letters(2) + digits(4);
            case "MOD" -> digits(3) + letters(1) + digits(2) + letters(1);
            default -> letters(1) + digits(5);
        };
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int age(LocalDate on) {
        return (int) ChronoUnit.YEARS.between(birthDate, on);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
