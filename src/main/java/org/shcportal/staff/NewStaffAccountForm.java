package org.shcportal.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
import org.shcportal.web.FormErrors;

/** The admin's form for a new staff account as submitted (or empty), and what is wrong with its role. */
public class NewStaffAccountForm {

    @RestForm
    public String username;

    @RestForm
    public String role;

    /** The username to show back in the form. */
    public String shownUsername() {
        return username == null ? "" : username.strip();
    }

    /** The role to show back as chosen in the form. */
    public String shownRole() {
        return role == null ? "" : role;
    }

    public List<StaffRole> roles() {
        return List.of(StaffRole.values());
    }

    /** The role chosen, if it is one of {@link StaffRole}'s names. */
    Optional<StaffRole> chosenRole() {
        return Arrays.stream(StaffRole.values()).filter(choice -> choice.name().equals(role)).findFirst();
    }

    /** The problems the account service does not check itself: a role must be chosen. */
    FormErrors validate(StaffMessages messages) {
        FormErrors errors = new FormErrors();
        if (chosenRole().isEmpty()) {
            errors.add("role", messages.form_error_role());
        }
        return errors;
    }
}
