package eu.skills4cities.citycert.application;

import java.util.UUID;

/**
 * What a list of many applications, such as the staff inbox, shows of each: its number, candidate and
 * role (the role's code too, for lists that filter by it).
 */
public record ApplicationLabel(UUID id, String number, String candidateName, String roleTitle, String roleCode) {
}
