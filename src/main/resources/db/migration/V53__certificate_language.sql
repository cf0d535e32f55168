-- The language a certificate was issued in: its holder's language at issuance (user_account.preferred_language).
-- The PDF is bilingual (that language and English) and the Open Badges credential names the achievement in it;
-- certificates issued before are English only. A framework's translations need no column: they are part of the
-- version's content document (framework_version.content), which the version guard already keeps unchanged.
ALTER TABLE certificate ADD COLUMN language varchar(10) NOT NULL DEFAULT 'en';
