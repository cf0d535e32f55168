package eu.skills4cities.citycert.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.CrudRepository;

interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    /** The account, its row share-locked ({@code FOR SHARE}) until the caller's transaction ends. */
    @Lock(LockMode.PESSIMISTIC_READ)
    Optional<UserAccount> findLockedByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCase(String email);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    @Query("""
            SELECT a.* FROM user_account a JOIN user_role r ON r.user_account = a.id
            WHERE r.role = :role AND a.enabled ORDER BY a.username
            """)
    List<UserAccount> findEnabledWithRole(String role);

    @Query("SELECT username, full_name FROM user_account WHERE username IN (:usernames)")
    List<AccountName> findNames(Collection<String> usernames);

    /** Accents and case ignored in every script: both sides folded by {@code citycert_fold} (migration V54). */
    @Query("""
            SELECT username FROM user_account WHERE full_name_key LIKE citycert_fold(:pattern)
            ORDER BY username LIMIT :limit
            """)
    List<String> findUsernamesWithNameLike(String pattern, int limit);
}
