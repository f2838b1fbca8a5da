package org.firegov.inspection.checklist;

/**
 * One item an inspector (or a unit in its self-inspection) checks.
 *
 * @param code stable within a template, e.g. {@code EXITS}; findings refer to items by it
 * @param text what is checked, in the words of the inspection guide (检查指引)
 */
public record ChecklistItem(String code, String text) {
}
