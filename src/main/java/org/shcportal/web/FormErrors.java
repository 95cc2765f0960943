package org.shcportal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, in the page's language: shown next to each field and in a
 * summary at the top that links to the fields (WCAG 3.3.1, 3.3.3).
 */
public class FormErrors {

    /** One field's problem; {@code field} is the id of the input the summary links to. */
    public record FieldError(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the field's first problem; later ones for the same field are not shown. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's message, or an empty string. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<FieldError> all() {
        return byField.entrySet().stream().map(entry -> new FieldError(entry.getKey(), entry.getValue())).toList();
    }
}
