package eu.skills4cities.citycert.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCase(String email);

    Optional<UserAccount> findByEmailIgnoreCase(String email);
}
