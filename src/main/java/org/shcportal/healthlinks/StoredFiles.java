package org.shcportal.healthlinks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The encrypted files of links that do not stay current (table {@code health_link_file}), in manifest order. */
@ApplicationScoped
class StoredFiles {

    @Inject
    EntityManager entityManager;

    void save(long linkId, List<EncryptedFile> files) {
        for (int i = 0; i < files.size(); i++) {
            entityManager.createNativeQuery(
                    "INSERT INTO health_link_file (link_id, position, content_type, jwe) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, linkId).setParameter(2, i).setParameter(3, files.get(i).contentType())
                    .setParameter(4, files.get(i).jwe()).executeUpdate();
        }
    }

    List<EncryptedFile> of(long linkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT content_type, jwe FROM health_link_file WHERE link_id = ?1 ORDER BY position")
                .setParameter(1, linkId).getResultList();
        return rows.stream().map(row -> new EncryptedFile((String) row[0], (String) row[1])).toList();
    }

    void delete(long linkId) {
        entityManager.createNativeQuery("DELETE FROM health_link_file WHERE link_id = ?1").setParameter(1, linkId)
                .executeUpdate();
    }
}
