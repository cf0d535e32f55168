-- The account's own settings (issue 16, "My account"): an address waiting for its confirmation (the old one
-- keeps working until the link sent to the new one is followed), the language the person prefers (English for
-- now; the languages issue offers more), and the optional mails the person declined (notification.MailTopic).
ALTER TABLE user_account ADD COLUMN pending_email VARCHAR(320);
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(35) NOT NULL DEFAULT 'en';

CREATE TABLE user_mail_opt_out (
    user_account UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    topic        VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_account, topic)
);

-- the link that confirms a new address is a token of its own purpose
ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'));
