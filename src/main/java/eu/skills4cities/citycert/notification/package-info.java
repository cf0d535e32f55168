/**
 * Mail to people: messages are queued in CityCert's outbox in the transaction of the change
 * that causes them and delivered afterwards over SMTP, with retries; every message stays on
 * record. Without an SMTP server configured (the demo), messages stay in the outbox, where
 * the demo mailbox shows them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package eu.skills4cities.citycert.notification;
