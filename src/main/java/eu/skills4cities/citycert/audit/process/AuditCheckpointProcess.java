package eu.skills4cities.citycert.audit.process;

/** Names shared between {@code processes/audit-checkpoint.bpmn} and the Java code. */
public final class AuditCheckpointProcess {

    public static final String PROCESS_KEY = "audit-checkpoint";
    /** The timer start event, on the configured cycle. */
    public static final String EVENT_CHECKPOINT_DUE = "Event_CheckpointDue";
    /** The asynchronous step that signs the head. */
    public static final String ACTIVITY_SIGN_CHAIN_HEAD = "Activity_SignChainHead";
    /** The asynchronous step that archives the engine history of ended cases (docs/operations.md, "Retention"). */
    public static final String ACTIVITY_ARCHIVE_ENGINE_HISTORY = "Activity_ArchiveEngineHistory";
    /** The end, after both steps (its id is older than the archive step). */
    public static final String EVENT_HEAD_SIGNED = "Event_HeadSigned";

    private AuditCheckpointProcess() {
    }
}
