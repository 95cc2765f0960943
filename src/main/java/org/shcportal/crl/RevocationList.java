package org.shcportal.crl;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The card revocation list of one signing key; {@link #ctr} is its version (SMART Health Cards specification,
 * "Revocation", https://spec.smarthealth.cards/#revocation).
 */
@Entity
@Table(name = "revocation_list")
public class RevocationList extends PanacheEntityBase {

    @Id
    public String kid;

    public int ctr;

    /** The entries of a key's list, oldest first: {@code rid} or {@code rid.<seconds>}. */
    public static List<String> entriesOf(String kid) {
        return RevocationEntry.find("kid = ?1 order by id", kid).<RevocationEntry> list().stream()
                .map(RevocationEntry::asCrlEntry)
                .toList();
    }

    /** The entries of a key's list that name {@code rid}, oldest first: read by the (kid, rid) index of V002. */
    public static List<String> entriesOf(String kid, String rid) {
        return RevocationEntry.find("kid = ?1 and rid = ?2 order by id", kid, rid).<RevocationEntry> list().stream()
                .map(RevocationEntry::asCrlEntry)
                .toList();
    }

    /**
     * The {@code crlVersion} to publish for the key in the JWKS: the list's version once it holds an entry, else
     * none. A verifier that finds {@code crlVersion} on a key fetches its list (spec, "Revocation",
     * https://spec.smarthealth.cards/#revocation); the official validator warns about a list with an empty
     * {@code rids}, so a key none of whose cards was revoked names no list and every card draws no warning. The
     * first revocation adds the entry and raises the version, and verifiers start checking the list.
     */
    public static Optional<Integer> publishedVersionOf(String kid) {
        return RevocationEntry.count("kid", kid) == 0 ? Optional.empty() : Optional.of(versionOf(kid));
    }

    /** The list's version; a key with no list yet is at version 1 with no entries. */
    public static int versionOf(String kid) {
        RevocationList list = findById(kid);
        return list == null ? 1 : list.ctr;
    }
}
