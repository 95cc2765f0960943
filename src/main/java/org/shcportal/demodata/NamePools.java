package org.shcportal.demodata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names as a New Mexico registry sees them: Hispanic (accents, compound given names, two family names), Native
 * American (Diné and Pueblo family names) and Anglo (apostrophes). All combinations are synthetic.
 */
enum NamePools {

    HISPANIC(
            List.of("María", "Guadalupe", "Ana", "Lucía", "Sofía", "Valeria", "Ximena", "Rosa", "Inés", "Dolores",
                    "Josefina", "Araceli", "Yesenia", "Marisol", "Itzel", "Mónica", "Verónica", "Leticia", "Bárbara",
                    "Érica"),
            List.of("José", "Juan", "Luis", "Jesús", "Ángel", "Andrés", "Martín", "Raúl", "Tomás", "Adrián",
                    "Rubén", "Ramón", "Joaquín", "Héctor", "Sebastián", "Iván", "Álvaro", "Efraín", "Nicolás",
                    "Germán"),
            List.of("García", "Martínez", "Chávez", "Hernández", "López", "Sánchez", "Gutiérrez", "Ortiz",
                    "Domínguez", "Baca", "Lucero", "Montoya", "Romero", "Vigil", "Trujillo", "Gallegos", "Sandoval",
                    "Archuleta", "Maestas", "Núñez", "Peña", "Ibáñez", "Gurulé", "Jiménez", "Durán", "Tapia",
                    "Velásquez", "Quintana", "Córdova", "Ríos")),
    NATIVE(
            List.of("Nizhoni", "Shandiin", "Dezbah", "Jolene", "Loretta", "Tanisha", "Autumn", "Sage", "Kaya",
                    "Marlene", "Winona", "Charlene"),
            List.of("Ahiga", "Hosteen", "Tyler", "Marcus", "Delbert", "Leroy", "Kee", "Nakai", "Wesley", "Dwayne",
                    "Jaden", "Bodaway"),
            List.of("Begay", "Yazzie", "Benally", "Tsosie", "Nez", "Etsitty", "Chee", "Bitsui", "Manuelito",
                    "Tsinajinnie", "Yepa", "Toya", "Shendo", "Naranjo", "Atcitty", "Werito", "Largo", "Peshlakai")),
    ANGLO(
            List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Emily", "Chloé", "Zoë", "Madison",
                    "Ashley", "Brittany", "Renée", "Karen", "Susan", "Hannah", "Abigail"),
            List.of("James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
                    "Christopher", "Daniel", "Matthew", "Andrew", "Ryan", "Tyler", "Noah"),
            List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
                    "Taylor", "Moore", "Jackson", "White", "Harris", "O'Brien", "McAllister", "O'Neil", "Clark",
                    "Lewis", "Baker", "Nelson", "Carter", "Mitchell", "Stewart"));

    private final List<String> femaleGiven;
    private final List<String> maleGiven;
    private final List<String> family;

    NamePools(List<String> femaleGiven, List<String> maleGiven, List<String> family) {
        this.femaleGiven = femaleGiven;
        this.maleGiven = maleGiven;
        this.family = family;
    }

    /** A heritage with the rough proportions of New Mexico's population. */
    static NamePools pick(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 48 ? HISPANIC : roll < 60 ? NATIVE : ANGLO;
    }

    String given(SplittableRandom random, char sex) {
        List<String> pool = sex == 'F' ? femaleGiven : maleGiven;
        return pool.get(random.nextInt(pool.size()));
    }

    /** A given name that is sometimes compound ("María José", "Juan Carlos") for Hispanic names. */
    String givenMaybeCompound(SplittableRandom random, char sex) {
        String first = given(random, sex);
        if (this == HISPANIC && random.nextInt(100) < 12) {
            return first + " " + given(random, random.nextBoolean() ? sex : 'F');
        }
        return first;
    }

    String family(SplittableRandom random) {
        return family.get(random.nextInt(family.size()));
    }

    /** A middle name, or null; Hispanic records often have none. */
    String middle(SplittableRandom random, char sex) {
        int chance = this == HISPANIC ? 35 : 70;
        return random.nextInt(100) < chance ? given(random, sex) : null;
    }
}
