-- inbox_count_link_changed (V57) asked for the task's role twice per changed link, once for each of its two
-- inbox_count_add calls; the role of an application never changes, so one lookup serves both. The function is
-- otherwise the same: it moves the task's count from the set of candidate groups it had to the set it has.
-- (PL/pgSQL, because it names the engine's tables, which a fresh database does not have yet when Flyway runs;
-- the trigger that calls it is put on act_ru_identitylink by inbox.process.QueueSizeTriggers at start.)
CREATE OR REPLACE FUNCTION inbox_count_link_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    task_ids VARCHAR[] := '{}';
    task_id VARCHAR;
    t RECORD;
    groups_now VARCHAR[];
    groups_before VARCHAR[];
    role VARCHAR;
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
        -- only a change of the set moves a count, so the role is looked up only then, and once
        CONTINUE WHEN groups_before IS NOT DISTINCT FROM groups_now;
        role := inbox_task_role(t.proc_inst_id_);
        PERFORM inbox_count_add(t.proc_def_id_, t.task_def_key_, role, groups_before, t.assignee_ IS NOT NULL, -1);
        PERFORM inbox_count_add(t.proc_def_id_, t.task_def_key_, role, groups_now, t.assignee_ IS NOT NULL, 1);
    END LOOP;
    RETURN NULL;
END;
$$;
