-- When the candidate submitted the application. A draft is created when the candidate starts it,
-- often days before submitting, so created_at is not the submission time; the lists and pages showed
-- it as "Submitted". Empty while the application is a draft.
ALTER TABLE application ADD COLUMN submitted_at timestamp with time zone;

-- the first submission recorded in the application's timeline
UPDATE application a
SET submitted_at = (SELECT MIN(e.occurred_at) FROM application_event e
                    WHERE e.application = a.id AND e.status = 'SUBMITTED');
