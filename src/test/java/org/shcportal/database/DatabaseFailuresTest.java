package org.shcportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** A database that went away is recognised however the failure reaches the page. */
class DatabaseFailuresTest {

    @Test
    void aCommitRefusedBecausePostgresqlShutDownIsUnreachableNotAnError() {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rolledBack = new RollbackException("Could not commit transaction.");
        rolledBack.addSuppressed(commit);

        assertThat(DatabaseFailures.isUnreachable(new IllegalStateException(rolledBack))).isTrue();
    }

    @Test
    void aRefusedValueIsNotUnreachable() {
        RollbackException rolledBack = new RollbackException("Could not commit transaction.");
        rolledBack.addSuppressed(new SQLException("value too long for type character varying(10)", "22001"));

        assertThat(DatabaseFailures.isUnreachable(rolledBack)).isFalse();
        assertThat(DatabaseFailures.dataExceptionState(rolledBack)).contains("22001");
    }
}
