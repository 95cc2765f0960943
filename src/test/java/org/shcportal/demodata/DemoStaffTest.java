package org.shcportal.demodata;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.shcportal.database.DatabaseAvailability.SchemaReady;

/** The demo accounts and their published password must never reach a configured (production) database. */
class DemoStaffTest {

    @Test
    void withoutTheDemoDatasetNoAccountIsCreated() {
        DemoStaff demoStaff = new DemoStaff();
        demoStaff.enabled = false;
        // No StaffAccounts and no database here: any attempt to look up or create an account would fail.
        demoStaff.accounts = null;

        assertThatCode(() -> demoStaff.onSchemaReady(new SchemaReady())).doesNotThrowAnyException();
    }
}
