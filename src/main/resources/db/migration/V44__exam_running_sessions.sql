-- The officer's page of running exam sessions (issue 20, branch exam-officer): the running ones by the time they
-- end, and the extra time granted to each, summed per session.
CREATE INDEX exam_session_running ON exam_session (ends_at, id) WHERE status = 'RUNNING';
CREATE INDEX exam_extra_time_session ON exam_extra_time (session_id);
