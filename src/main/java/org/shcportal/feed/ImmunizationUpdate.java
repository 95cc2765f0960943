package org.shcportal.feed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.VXU_V04;

/**
 * A VXU^V04 (CDC Immunization IG Release 1.5, profile Z22): the person of its PID and NK1 segments
 * ({@link PatientUpdate}), then the doses of its ORDER groups ({@link DoseUpdate}).
 */
@ApplicationScoped
class ImmunizationUpdate implements RecordChange {

    @Inject
    PatientUpdate patients;

    @Inject
    DoseUpdate doses;

    @Override
    public List<ChangedPerson> apply(Message message, String sender, List<FeedProblem> problems) {
        VXU_V04 vxu = (VXU_V04) message;
        ChangedPerson changed = patients.apply(vxu.getPID(), vxu::getNK1All, problems);
        if (changed == null) {
            return List.of();
        }
        doses.apply(changed.person(), sender, vxu, problems);
        return List.of(changed);
    }
}
