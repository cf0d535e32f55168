package eu.skills4cities.citycert.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in. The password is stored only as a bcrypt hash. */
@Table("user_account")
record UserAccount(@Id UUID id, String username, String passwordHash, String fullName, String email,
                   boolean enabled, Instant createdAt,
                   @MappedCollection(idColumn = "user_account") Set<UserRole> roles,
                   @Version Long version) {

    @Table("user_role")
    record UserRole(Role role) {
    }

    UserAccount enable() {
        return new UserAccount(id, username, passwordHash, fullName, email, true, createdAt, roles, version);
    }

    UserAccount withPasswordHash(String newHash) {
        return new UserAccount(id, username, newHash, fullName, email, enabled, createdAt, roles, version);
    }
}
