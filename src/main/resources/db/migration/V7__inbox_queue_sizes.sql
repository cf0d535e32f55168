-- How many unassigned tasks wait in each candidate group's queue, per process definition, so
-- that the inbox counts a queue without counting its rows (docs/benchmarks.md). Kept exact by
-- triggers on the engine's ACT_RU_TASK and ACT_RU_IDENTITYLINK: the engine creates those tables
-- after Flyway has run, so the triggers are created, and the sizes recounted, when the engine
-- starts (QueueSizeTriggers); the functions below are all they call.

CREATE TABLE inbox_queue_size (
    process_definition_id VARCHAR(64)  NOT NULL,
    group_id              VARCHAR(255) NOT NULL,
    unassigned_tasks      BIGINT       NOT NULL,
    PRIMARY KEY (process_definition_id, group_id)
);

CREATE FUNCTION inbox_queue_add(definition VARCHAR, candidate_group VARCHAR, delta BIGINT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO inbox_queue_size (process_definition_id, group_id, unassigned_tasks)
    VALUES (definition, candidate_group, delta)
    ON CONFLICT (process_definition_id, group_id)
        DO UPDATE SET unassigned_tasks = inbox_queue_size.unassigned_tasks + excluded.unassigned_tasks;
$$;

-- A candidate group link added to or removed from a task counts while the task is unassigned.
-- FOR SHARE waits for a concurrent claim of the task, so both sides see each other's change.
CREATE FUNCTION inbox_queue_link_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.type_ = 'candidate' AND OLD.group_id_ IS NOT NULL THEN
        PERFORM inbox_queue_add(t.proc_def_id_, OLD.group_id_, -1)
        FROM (SELECT proc_def_id_, assignee_ FROM act_ru_task WHERE id_ = OLD.task_id_ FOR SHARE) t
        WHERE t.assignee_ IS NULL AND t.proc_def_id_ IS NOT NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.type_ = 'candidate' AND NEW.group_id_ IS NOT NULL THEN
        PERFORM inbox_queue_add(t.proc_def_id_, NEW.group_id_, 1)
        FROM (SELECT proc_def_id_, assignee_ FROM act_ru_task WHERE id_ = NEW.task_id_ FOR SHARE) t
        WHERE t.assignee_ IS NULL AND t.proc_def_id_ IS NOT NULL;
    END IF;
    RETURN NULL;
END;
$$;

-- A task leaves its groups' queues when claimed or deleted, and comes back when released.
-- (The engine deletes a task's links before the task; a task is inserted before its links.)
CREATE FUNCTION inbox_queue_task_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.assignee_ IS NULL) = (NEW.assignee_ IS NULL)
            AND OLD.proc_def_id_ IS NOT DISTINCT FROM NEW.proc_def_id_ THEN
        RETURN NULL;
    END IF;
    IF OLD.assignee_ IS NULL AND OLD.proc_def_id_ IS NOT NULL THEN
        PERFORM inbox_queue_add(OLD.proc_def_id_, i.group_id_, -1)
        FROM act_ru_identitylink i WHERE i.task_id_ = OLD.id_ AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.assignee_ IS NULL AND NEW.proc_def_id_ IS NOT NULL THEN
        PERFORM inbox_queue_add(NEW.proc_def_id_, i.group_id_, 1)
        FROM act_ru_identitylink i WHERE i.task_id_ = NEW.id_ AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL;
    END IF;
    RETURN NULL;
END;
$$;

-- Every size from scratch; run under a lock that keeps the engine's tables still.
CREATE FUNCTION inbox_queue_recount() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inbox_queue_size;
    INSERT INTO inbox_queue_size (process_definition_id, group_id, unassigned_tasks)
    SELECT t.proc_def_id_, i.group_id_, count(*)
    FROM act_ru_task t JOIN act_ru_identitylink i ON i.task_id_ = t.id_
    WHERE t.assignee_ IS NULL AND t.proc_def_id_ IS NOT NULL AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL
    GROUP BY t.proc_def_id_, i.group_id_;
END;
$$;
