-- How a unit's score was found (issue 20): PORTFOLIO, the assessor's judgement of the evidence (every score
-- before exams), or EXAM, the exam's score confirmed by the assessor. Owner: assessment.UnitJudgementStore.
ALTER TABLE unit_assessment
    ADD COLUMN method VARCHAR(20) NOT NULL DEFAULT 'PORTFOLIO' CHECK (method IN ('PORTFOLIO', 'EXAM'));
