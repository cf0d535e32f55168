package eu.skills4cities.citycert.application;

import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.UserMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceDocumentPolicyTest {

    private final EvidenceDocumentPolicy policy = new EvidenceDocumentPolicy(new ApplicationProperties(1024));

    @Test
    void accepts_a_pdf_and_records_its_sha256() {
        List<UserMessage> problems = new ArrayList<>();
        var accepted = policy.check(new UploadedDocument("cv.pdf", "application/pdf", TestDocuments.pdf()), problems);

        assertThat(problems).isEmpty();
        assertThat(accepted).hasValueSatisfying(doc -> {
            assertThat(doc.contentType()).isEqualTo("application/pdf");
            assertThat(doc.sha256()).hasSize(64).matches("[0-9a-f]+");
        });
    }

    @Test
    void refuses_by_content_not_by_name() {
        List<UserMessage> problems = new ArrayList<>();
        var accepted = policy.check(new UploadedDocument("harmless.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes()), problems);

        assertThat(accepted).isEmpty();
        assertThat(problems).containsExactly(UserMessage.of("problem.document.not-pdf"));
    }

    @Test
    void refuses_empty_and_oversized_documents_saying_the_limit() {
        List<UserMessage> empty = new ArrayList<>();
        policy.check(new UploadedDocument("a.pdf", "application/pdf", new byte[0]), empty);
        List<UserMessage> large = new ArrayList<>();
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        policy.check(new UploadedDocument("b.pdf", "application/pdf", big), large);

        assertThat(TestMessages.english(empty)).containsExactly("The document is empty.");
        assertThat(TestMessages.english(large)).containsExactly("The document has 2.0 KB; the limit is 1.0 KB.");
    }

    @Test
    void file_names_lose_paths_and_unsafe_characters() {
        assertThat(EvidenceDocumentPolicy.safeFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(EvidenceDocumentPolicy.safeFileName("C:\\Users\\me\\My CV<1>.PDF")).isEqualTo("My CV_1_.pdf");
        assertThat(EvidenceDocumentPolicy.safeFileName("..")).isEqualTo("evidence.pdf");
        assertThat(EvidenceDocumentPolicy.safeFileName(null)).isEqualTo("evidence.pdf");
    }
}
