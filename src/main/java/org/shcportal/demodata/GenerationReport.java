package org.shcportal.demodata;

/** What one generator run added to the registry. */
public record GenerationReport(long persons, long immunizations, long labResults, long guardianLinks) {
}
