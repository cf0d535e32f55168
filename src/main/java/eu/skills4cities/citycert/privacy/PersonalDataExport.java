package eu.skills4cities.citycert.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.HolderStatement;
import eu.skills4cities.citycert.certificate.renewal.Renewal;
import eu.skills4cities.citycert.complaint.ComplaintAboutYou;
import eu.skills4cities.citycert.complaint.MadeComplaint;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.UserProfile;

/**
 * Everything CityCert holds about one person, as they may download it. Evidence documents
 * are listed with their checksums; their bytes are downloaded one by one from the links. Complaints
 * about the person are as they see them: nothing about who complained. Renewals (CPD activities, the
 * declaration, requests and answers), statements on suspensions (by certificate number) and appeals are
 * as the person sees them on their pages. The settings are the account's own: a new address waiting for its
 * confirmation, the language, the optional mails declined.
 */
public record PersonalDataExport(Instant exportedAt, UserProfile account, AccountSettings.Settings settings,
                                 List<ApplicationRecord> applications,
                                 List<CertificateInfo> certificates, List<ComplaintAboutYou> complaintsAboutMe,
                                 List<MadeComplaint> complaintsMade, List<Renewal> renewals,
                                 Map<String, List<HolderStatement>> suspensionStatements, List<Appeal> appeals) {

    /** An application with the decisions taken on it, and links to its documents. */
    public record ApplicationRecord(ApplicationDetails application, List<TaskOutcome> decisions,
                                    List<String> documentLinks) {
    }
}
