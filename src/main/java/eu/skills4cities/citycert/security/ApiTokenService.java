package eu.skills4cities.citycert.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.base.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations: the account holder creates, lists and revokes their own, an
 * administrator those of any account (service accounts among them). A token is 256 random
 * bits, shown once; CityCert keeps its SHA-256 only, so checking one costs a hash and an
 * index lookup instead of bcrypt, and a copy of the database opens nothing.
 */
@Service
public class ApiTokenService {

    /** The prefix tells a CityCert token apart in logs and secret scanners. */
    static final String PREFIX = "cct_";
    static final int MAX_VALID_DAYS = 366;
    static final int DEFAULT_VALID_DAYS = 90;
    static final int MAX_NAME_LENGTH = 100;
    /** the last-used time is written at most this often per token, to spare a write per call */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenStore store;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ApiTokenService(ApiTokenStore store, UserAccountRepository accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Creates a token for the account.
     *
     * @throws InvalidInputException naming every problem with the request
     * @throws AccessDeniedException   when the actor may not manage the account's tokens
     */
    @Transactional
    public CreatedApiToken create(CurrentUser actor, String username, NewApiToken request) {
        UserAccount account = manageable(actor, username);
        List<UserMessage> problems = new ArrayList<>();
        String name = request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(UserMessage.of("problem.api-token.name", MAX_NAME_LENGTH));
        }
        int days = request == null || request.validDays() == null ? DEFAULT_VALID_DAYS : request.validDays();
        if (days < 1 || days > MAX_VALID_DAYS) {
            problems.add(UserMessage.of("problem.api-token.valid-days", MAX_VALID_DAYS));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.untitled(problems);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insert(id, account.id(), name, Sha256.hex(token), actor.username(), now, now.plus(Duration.ofDays(days)));
        log.info("API token {} '{}' created for {} by {}", id, name, username, actor.username());
        return new CreatedApiToken(store.find(username, id).orElseThrow(), token);
    }

    /** The account's tokens, newest first, revoked and expired ones too. */
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> list(CurrentUser actor, String username) {
        manageable(actor, username);
        return store.ofAccount(username);
    }

    /**
     * Revokes the token at once; revoking it again changes nothing.
     *
     * @throws NotFoundException when the account has no such token
     */
    @Transactional
    public void revoke(CurrentUser actor, String username, UUID id) {
        manageable(actor, username);
        ApiTokenInfo token = store.find(username, id).orElseThrow(() -> NotFoundException.of("api-token.not-found"));
        if (store.revoke(token.id(), clock.instant())) {
            log.info("API token {} '{}' of {} revoked by {}", id, token.name(), username, actor.username());
        }
    }

    /** The enabled account a presented token opens now, noting that it was used. */
    @Transactional
    Optional<String> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.working(Sha256.hex(token), now).filter(ApiTokenStore.Holder::enabled).map(holder -> {
            if (holder.lastUsedAt() == null || holder.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                store.used(holder.tokenId(), now);
            }
            return holder.username();
        });
    }

    private UserAccount manageable(CurrentUser actor, String username) {
        if (!actor.username().equals(username) && !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only the holder or an administrator manages an account's API tokens");
        }
        return accounts.findByUsername(username).orElseThrow(() -> NotFoundException.of("api-token.not-found"));
    }
}
