package eu.skills4cities.citycert.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an application's case record: when, who, what and why.
 *
 * @param actor   who did it: a username, or {@code system} for the engine's own steps and timers
 * @param subject what it is about, as recorded (a task's name, a document's name, a mail's subject,
 *                a unit or certificate code); may be null
 * @param facts   the recorded values, by a fixed code ({@code verdict}, {@code score}, {@code sha256},
 *                {@code to}…; the UI translates {@code case-record.fact.<code>}), in a stable order
 * @param reason  the reason or message a person recorded with it, as written; may be null
 * @param taskId  the engine task the entry belongs to, or null
 * @param source  where it was read from: {@code audit_event}, {@code task_outcome}, {@code ACT_HI_TASKINST}…
 */
public record CaseRecordEntry(Instant at, String actor, CaseRecordKind kind, String subject,
                              Map<String, String> facts, String reason, String taskId, String source) {

    public CaseRecordEntry {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }
}
