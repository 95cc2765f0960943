package org.shcportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B §5.1.1.2: the passwords a staff member may not choose, and some they may. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules("State Immunization Registry (demo)");

    @Test
    void repeatedOrConsecutiveCharactersOrOnePartRepeatedAreRefused() {
        for (String password : List.of("aaaaaaaaaaaa", "abababababab", "abcdefghijklmn", "aaaaaa111111",
                "12345678abcd", "zyxwvu987654", "agentagentagent", "Winter!Winter!")) {
            assertThat(rules.weakness(password, "maria.lopez")).as(password).contains(PasswordRules.Weakness.REPETITIVE);
        }
    }

    @Test
    void commonPasswordsAndPasswordsBuiltOnOneAreRefused() {
        for (String password : List.of("iloveyou", "Password2026!", "Summer 2026 !!", "qwertyuiop12", "Dragon-4821-9375")) {
            assertThat(rules.weakness(password, "maria.lopez")).as(password).contains(PasswordRules.Weakness.COMMON);
        }
    }

    @Test
    void theUsernameAndTheWordsOfTheServiceWithOnlyDigitsOrSymbolsAroundAreRefused() {
        for (String password : List.of("MariaLopez2026!", "maria.lopez.1990", "Portal-Health-2026",
                "ImmunizationRegistry1", "vaccine vaccine 99", "demo registry 2026", "Supervisor#2026")) {
            assertThat(rules.weakness(password, "maria.lopez")).as(password).contains(PasswordRules.Weakness.CONTEXT);
        }
    }

    @Test
    void unrelatedPassphrasesAndThePortalsGeneratedPasswordsPass() {
        for (String password : List.of("correct horse battery staple", "demo help desk", "a fresh long passphrase",
                "my health is my wealth", "Maria loves green tea at 7")) {
            assertThat(rules.weakness(password, "maria.lopez")).as(password).isEmpty();
        }
        for (int i = 0; i < 1000; i++) {
            String generated = Passphrases.generate();
            assertThat(rules.weakness(generated, "maria.lopez")).as(generated).isEmpty();
        }
    }
}
