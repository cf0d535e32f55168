package eu.skills4cities.citycert.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the audit log: the chain's head at one moment, sealed with the
 * certification body's key (docs/architecture.md, "Checkpoints").
 *
 * @param sequence the sequence of the head row signed
 * @param hash     that row's hash
 * @param signedAt when it was signed
 * @param signer   the SHA-256 of the signing certificate
 * @param jws      the checkpoint itself, a compact JWS whose payload is {@code {sequence, hash, signedAt, issuer}}
 */
public record AuditCheckpoint(long sequence, String hash, Instant signedAt, String signer, String jws) {

    /** The JOSE {@code typ} of a checkpoint. */
    public static final String TYPE = "citycert-audit-checkpoint+jws";

    /** The name its download has. */
    public String fileName() {
        return "audit-checkpoint-" + sequence + ".jws";
    }
}
