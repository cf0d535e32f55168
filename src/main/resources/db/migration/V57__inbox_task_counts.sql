-- The inbox's stored counts, second form (docs/benchmarks.md, "Stored counts for every inbox"). V7 counted
-- the unassigned tasks of each candidate group; that served the inbox as it opens, for a person in one group,
-- and nothing else. Here every open task with candidate groups is counted once, under what the inbox filters
-- and scopes by: its process version, its activity (the stage), the application's role, the set of its
-- candidate groups, and whether someone holds it. So a stage, a role, the unassigned, workable or all-groups
-- scope, and a person in several groups (whose groups overlap a task's set at most once) are all counted by
-- summing a few rows, however many tasks there are.
--
-- As with V7, the engine creates its tables after Flyway, so the triggers are created, and the counts
-- recounted, when the engine starts (inbox.process.QueueSizeTriggers); the functions below are all they call.

DO $$
BEGIN
    IF to_regclass('act_ru_task') IS NOT NULL THEN
        DROP TRIGGER IF EXISTS inbox_queue_task ON act_ru_task;
    END IF;
    IF to_regclass('act_ru_identitylink') IS NOT NULL THEN
        DROP TRIGGER IF EXISTS inbox_queue_link ON act_ru_identitylink;
    END IF;
END;
$$;
DROP FUNCTION inbox_queue_link_changed();
DROP FUNCTION inbox_queue_task_changed();
DROP FUNCTION inbox_queue_recount();
DROP FUNCTION inbox_queue_add(VARCHAR, VARCHAR, BIGINT);
DROP TABLE inbox_queue_size;

CREATE TABLE inbox_task_count (
    process_definition_id VARCHAR(64)    NOT NULL,
    task_definition_key   VARCHAR(255)   NOT NULL,
    -- the process's roleCode variable; '' when it has none
    role_code             VARCHAR(255)   NOT NULL,
    -- the task's candidate groups, distinct and sorted; never empty (a task without one is in no queue)
    candidate_groups      VARCHAR(255)[] NOT NULL,
    assigned              BOOLEAN        NOT NULL,
    tasks                 BIGINT         NOT NULL,
    PRIMARY KEY (process_definition_id, task_definition_key, role_code, candidate_groups, assigned)
);

CREATE FUNCTION inbox_count_add(definition VARCHAR, activity VARCHAR, role VARCHAR, task_groups VARCHAR[],
                                held BOOLEAN, delta BIGINT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO inbox_task_count (process_definition_id, task_definition_key, role_code, candidate_groups, assigned, tasks)
    SELECT definition, coalesce(activity, ''), coalesce(role, ''), task_groups, held, delta
    WHERE definition IS NOT NULL AND cardinality(task_groups) > 0
    ON CONFLICT (process_definition_id, task_definition_key, role_code, candidate_groups, assigned)
        DO UPDATE SET tasks = inbox_task_count.tasks + excluded.tasks;
$$;

-- The candidate groups of a task as they are now, distinct and sorted. (PL/pgSQL, here and below, because
-- its bodies name the engine's tables, which a fresh database does not have yet when Flyway runs.)
CREATE FUNCTION inbox_task_groups(task VARCHAR) RETURNS VARCHAR[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT i.group_id_::VARCHAR ORDER BY i.group_id_::VARCHAR), '{}')
            FROM act_ru_identitylink i
            WHERE i.task_id_ = task AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL);
END;
$$;

-- The role of a task's process: its process variable roleCode, as the task query's processVariableValueEquals
-- reads it (a variable of the instance, not of a task). An application's role never changes.
CREATE FUNCTION inbox_task_role(instance VARCHAR) RETURNS VARCHAR
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(min(v.text_), '') FROM act_ru_variable v
            WHERE v.proc_inst_id_ = instance AND v.name_ = 'roleCode' AND v.task_id_ IS NULL);
END;
$$;

-- A candidate group link added, changed or removed moves its task from the set of groups it had to the set
-- it has. The task row is locked (FOR NO KEY UPDATE, which the link's own foreign key check does not wait
-- for), so two changes of one task's links, or a link and a claim, take turns, and the second sees the first.
CREATE FUNCTION inbox_count_link_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    task_ids VARCHAR[] := '{}';
    task_id VARCHAR;
    t RECORD;
    groups_now VARCHAR[];
    groups_before VARCHAR[];
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.type_ = 'candidate' AND OLD.group_id_ IS NOT NULL AND OLD.task_id_ IS NOT NULL THEN
        task_ids := task_ids || OLD.task_id_::VARCHAR;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.type_ = 'candidate' AND NEW.group_id_ IS NOT NULL AND NEW.task_id_ IS NOT NULL
            AND NOT (NEW.task_id_ = ANY (task_ids)) THEN
        task_ids := task_ids || NEW.task_id_::VARCHAR;
    END IF;
    FOREACH task_id IN ARRAY task_ids LOOP
        SELECT proc_def_id_, task_def_key_, assignee_, proc_inst_id_ INTO t
        FROM act_ru_task WHERE id_ = task_id FOR NO KEY UPDATE;
        CONTINUE WHEN NOT FOUND OR t.proc_def_id_ IS NULL;
        groups_now := inbox_task_groups(task_id);
        -- before the change: the links now, without the new row, with the old one
        SELECT coalesce(array_agg(DISTINCT g ORDER BY g), '{}') INTO groups_before FROM (
            SELECT i.group_id_::VARCHAR AS g FROM act_ru_identitylink i
            WHERE i.task_id_ = task_id AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL
              AND (TG_OP = 'DELETE' OR i.id_ <> NEW.id_)
            UNION ALL
            SELECT OLD.group_id_::VARCHAR
            WHERE TG_OP <> 'INSERT' AND OLD.task_id_ = task_id AND OLD.type_ = 'candidate' AND OLD.group_id_ IS NOT NULL
        ) s;
        IF groups_before IS DISTINCT FROM groups_now THEN
            PERFORM inbox_count_add(t.proc_def_id_, t.task_def_key_, inbox_task_role(t.proc_inst_id_), groups_before,
                                    t.assignee_ IS NOT NULL, -1);
            PERFORM inbox_count_add(t.proc_def_id_, t.task_def_key_, inbox_task_role(t.proc_inst_id_), groups_now,
                                    t.assignee_ IS NOT NULL, 1);
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

-- A task claimed, released, moved to another version or activity, or deleted moves its count. (The engine
-- inserts a task before its links and deletes the links before the task, so a new task has no groups yet and
-- a deleted one none left; the link trigger counts those steps.)
CREATE FUNCTION inbox_count_task_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    task_groups VARCHAR[];
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.assignee_ IS NULL) = (NEW.assignee_ IS NULL)
            AND OLD.proc_def_id_ IS NOT DISTINCT FROM NEW.proc_def_id_
            AND OLD.task_def_key_ IS NOT DISTINCT FROM NEW.task_def_key_
            AND OLD.proc_inst_id_ IS NOT DISTINCT FROM NEW.proc_inst_id_ THEN
        RETURN NULL;
    END IF;
    task_groups := inbox_task_groups(OLD.id_);
    IF cardinality(task_groups) = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM inbox_count_add(OLD.proc_def_id_, OLD.task_def_key_, inbox_task_role(OLD.proc_inst_id_), task_groups,
                            OLD.assignee_ IS NOT NULL, -1);
    IF TG_OP = 'UPDATE' THEN
        PERFORM inbox_count_add(NEW.proc_def_id_, NEW.task_def_key_, inbox_task_role(NEW.proc_inst_id_), task_groups,
                                NEW.assignee_ IS NOT NULL, 1);
    END IF;
    RETURN NULL;
END;
$$;

-- Every count from scratch, in three scans; run under a lock that keeps the engine's tables still.
CREATE FUNCTION inbox_count_recount() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inbox_task_count;
    INSERT INTO inbox_task_count (process_definition_id, task_definition_key, role_code, candidate_groups, assigned, tasks)
    SELECT t.proc_def_id_, coalesce(t.task_def_key_, ''), coalesce(r.role_code, ''), g.candidate_groups, t.assignee_ IS NOT NULL,
           count(*)
    FROM act_ru_task t
    JOIN (SELECT i.task_id_, array_agg(DISTINCT i.group_id_::VARCHAR ORDER BY i.group_id_::VARCHAR) AS candidate_groups
          FROM act_ru_identitylink i
          WHERE i.type_ = 'candidate' AND i.group_id_ IS NOT NULL AND i.task_id_ IS NOT NULL
          GROUP BY i.task_id_) g ON g.task_id_ = t.id_
    LEFT JOIN (SELECT v.proc_inst_id_, min(v.text_) AS role_code FROM act_ru_variable v
               WHERE v.name_ = 'roleCode' AND v.task_id_ IS NULL GROUP BY v.proc_inst_id_) r
           ON r.proc_inst_id_ = t.proc_inst_id_
    WHERE t.proc_def_id_ IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
END;
$$;
