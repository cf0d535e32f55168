package eu.skills4cities.citycert.privacy;

import java.time.Clock;

import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationWithdrawal;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.complaint.ComplaintHolders;
import eu.skills4cities.citycert.complaint.ComplaintIntake;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together a person's own data; each part is read through its feature's own access rules. */
@Service
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

    private final UserAccountService users;
    private final ApplicationService applications;
    private final ApplicationDrafts drafts;
    private final ApplicationWithdrawal withdrawal;
    private final StaffTaskService tasks;
    private final CertificateService certificates;
    private final MailOutbox mail;
    private final Clock clock;
    private final ComplaintHolders complaintsAboutMe;
    private final ComplaintIntake complaintsMade;
    private final Renewals renewals;
    private final Suspensions suspensions;
    private final AppealService appeals;
    private final AccountSettings settings;

    PersonalDataService(UserAccountService users, ApplicationService applications, ApplicationDrafts drafts,
                        ApplicationWithdrawal withdrawal, StaffTaskService tasks,
                        CertificateService certificates, MailOutbox mail, Clock clock,
                        ComplaintHolders complaintsAboutMe, ComplaintIntake complaintsMade, Renewals renewals,
                        Suspensions suspensions, AppealService appeals, AccountSettings settings) {
        this.settings = settings;
        this.renewals = renewals;
        this.suspensions = suspensions;
        this.appeals = appeals;
        this.complaintsAboutMe = complaintsAboutMe;
        this.complaintsMade = complaintsMade;
        this.users = users;
        this.applications = applications;
        this.drafts = drafts;
        this.withdrawal = withdrawal;
        this.tasks = tasks;
        this.certificates = certificates;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Deletes the candidate's account at their request, in one transaction. Drafts are
     * thrown away; open applications are withdrawn; statements, documents and the
     * self-assessment are erased; the account can no longer sign in and loses its email
     * address. What certification requires stays: the numbers, statuses and decisions of
     * the applications, and every issued certificate with the holder's name, because the
     * public register must keep answering for it (see docs/privacy.md).
     *
     * @param confirmation the username typed again, so nobody deletes an account by accident
     */
    @Transactional
    public void deleteAccount(CurrentUser user, String confirmation) {
        if (!user.has(Role.CANDIDATE)) {
            throw new AccessDeniedException("Staff accounts are closed by an administrator");
        }
        if (!user.username().equals(confirmation)) {
            throw RefusedException.conflict("account.delete.confirm-mismatch");
        }
        var profile = users.find(user.username()).orElseThrow(() -> new AccessDeniedException("No such account"));
        for (var application : applications.mine(user)) {
            if (application.status() == ApplicationStatus.DRAFT) {
                drafts.discardDraft(user, application.id());
            } else if (!application.status().closed()) {
                try {
                    withdrawal.withdraw(user, application.id(), "The candidate deleted the account.");
                } catch (RefusedException e) {
                    throw RefusedException.conflict("account.delete.decision-pending", application.number());
                }
            }
        }
        applications.erasePersonalContent(user);
        certificates.erasePersonalContent(user);
        complaintsAboutMe.erasePersonalContent(user);
        boolean certified = !certificates.mine(user).isEmpty();
        // the account before its mail: a listener queueing mail to it after an earlier change holds
        // the account's row (UserAccountService.findToMail), so its mail is in the outbox before it is erased
        users.erase(user.username(), certified);
        mail.erase(profile.email());
        log.info("Account {} deleted at its holder's request (certificates kept: {})", user.username(), certified);
    }

    /** The signed-in person's own data; nobody can export someone else's. */
    @Transactional(readOnly = true)
    public PersonalDataExport export(CurrentUser user) {
        var profile = users.find(user.username()).orElseThrow(() -> new AccessDeniedException("No such account"));
        var records = applications.mine(user).stream()
                .map(summary -> applications.get(user, summary.id()))
                .map(application -> new PersonalDataExport.ApplicationRecord(application,
                        tasks.outcomes(application.id()),
                        application.documents().stream()
                                .map(d -> "/" + ApplicationLinks.document(application.id(), d.id())).toList()))
                .toList();
        log.info("Personal data exported by {}", user.username());
        // complaints about the person as they see them (never who complained), and those they made signed in
        return new PersonalDataExport(clock.instant(), profile, settings.of(user), records, certificates.mine(user),
                complaintsAboutMe.aboutMe(user), complaintsMade.madeBy(user), renewals.mine(user),
                suspensions.statementsOf(user), appeals.mine(user));
    }
}
