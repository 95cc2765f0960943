package org.shcportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A resident's choices on their account page; a person without a row has the defaults (every notice on). */
@Entity
@Table(name = "account_setting")
public class AccountSetting extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public Long personId;

    /** Whether the person is told when a registry feed message changes what their cards would contain. */
    @Column(name = "record_change_notices")
    public boolean recordChangeNotices;

    /** Whether the person wants the "your record changed" notice: yes unless they turned it off. */
    static boolean wantsRecordChangeNotices(long personId) {
        AccountSetting setting = findById(personId);
        return setting == null || setting.recordChangeNotices;
    }

    /** Turns the "your record changed" notice on or off for the person. */
    static void setRecordChangeNotices(long personId, boolean wanted) {
        AccountSetting setting = findById(personId);
        if (setting == null) {
            setting = new AccountSetting();
            setting.personId = personId;
            setting.recordChangeNotices = wanted;
            setting.persist();
        } else {
            setting.recordChangeNotices = wanted;
        }
    }
}
