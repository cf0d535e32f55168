package eu.skills4cities.citycert.privacy;

import java.time.Instant;
import java.util.List;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.complaint.ComplaintAboutYou;
import eu.skills4cities.citycert.complaint.MadeComplaint;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.security.UserProfile;

/**
 * Everything CityCert holds about one person, as they may download it. Evidence documents
 * are listed with their checksums; their bytes are downloaded one by one from the links. Complaints
 * about the person are as they see them: nothing about who complained.
 */
public record PersonalDataExport(Instant exportedAt, UserProfile account, List<ApplicationRecord> applications,
                                 List<CertificateInfo> certificates, List<ComplaintAboutYou> complaintsAboutMe,
                                 List<MadeComplaint> complaintsMade) {

    /** An application with the decisions taken on it, and links to its documents. */
    public record ApplicationRecord(ApplicationDetails application, List<TaskOutcome> decisions,
                                    List<String> documentLinks) {
    }
}
