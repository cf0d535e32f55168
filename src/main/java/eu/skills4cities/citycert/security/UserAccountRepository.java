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

    /**
     * What other features read of an account ({@link UserProfile}), in one statement: the aggregate would take three
     * (the account, its roles, its mail opt-outs), and the issue of a certificate reads it for every certificate.
     */
    @Query("""
            SELECT a.username, a.full_name, a.email, a.preferred_language,
                   (SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_account = a.id) AS roles
            FROM user_account a WHERE a.username = :username
            """)
    Optional<ProfileRow> findProfile(String username);

    /** An account's profile columns; its roles by name, separated by commas (null for none). */
    record ProfileRow(String username, String fullName, String email, String preferredLanguage, String roles) {
    }

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
