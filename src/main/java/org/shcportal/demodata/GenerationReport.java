package org.shcportal.demodata;

/**
 * What one generator run added to the registry, and how long rebuilding the registry's indexes and foreign keys
 * took at the end of it.
 */
public record GenerationReport(long persons, long immunizations, long labResults, long guardianLinks,
        double rebuildSeconds) {
}
