package dev.rampart.model;

/**
 * A finding that was accepted rather than fixed, kept visible so that audits see it.
 *
 * @param until the ISO date the acceptance expires, or empty
 */
public record Suppression(String ruleId, String path, int line, String reason, String until) {}
