-- issue 17: the language a complaint was lodged in (the form's or the API's), for the mail to a complainant of no
-- account. Complaints lodged before it were answered in English, and stay so.
ALTER TABLE complaint ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'en';
