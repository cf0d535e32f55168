package eu.skills4cities.citycert.security;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's identity tables a copy of CityCert's accounts: the Camunda webapps
 * need each signed-in user to exist there, and Cockpit, Admin and candidate-group task
 * queries read groups and memberships from there. CityCert's own table stays the source
 * of truth; the engine copy holds no password (sign-in goes through CityCert).
 */
@Component
class EngineIdentityMirror {

    private final IdentityService identityService;

    EngineIdentityMirror(IdentityService identityService) {
        this.identityService = identityService;
    }

    void mirror(String username, String fullName, String email, Set<Role> roles) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            user = identityService.newUser(username);
        }
        int space = fullName == null ? -1 : fullName.lastIndexOf(' ');
        user.setFirstName(space < 0 ? fullName : fullName.substring(0, space));
        user.setLastName(space < 0 ? "" : fullName.substring(space + 1));
        user.setEmail(email);
        identityService.saveUser(user);
        for (Role role : Role.values()) {
            boolean member = identityService.createUserQuery().userId(username).memberOfGroup(role.engineGroupId())
                    .count() > 0;
            if (roles.contains(role) && !member) {
                ensureGroup(role);
                identityService.createMembership(username, role.engineGroupId());
            } else if (!roles.contains(role) && member) {
                identityService.deleteMembership(username, role.engineGroupId());
            }
        }
    }

    void remove(String username) {
        if (identityService.createUserQuery().userId(username).count() > 0) {
            identityService.deleteUser(username);
        }
    }

    private void ensureGroup(Role role) {
        if (identityService.createGroupQuery().groupId(role.engineGroupId()).count() == 0) {
            Group group = identityService.newGroup(role.engineGroupId());
            group.setName(role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '));
            group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
