package eu.skills4cities.citycert.framework;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * What a candidate must bring before applying for a role (years of experience, a qualification's
 * EQF level), in plain words for the public catalogue. The rules are the certification process's,
 * which depends on this module, so the catalogue offers this slot instead of reading them itself:
 * the applications module implements it as a bean from the deployed eligibility decision.
 */
public interface RolePrerequisites {

    /** Each prerequisite of the role as a sentence; empty when the role has none. */
    List<UserMessage> prerequisites(String roleCode);
}
