package eu.skills4cities.citycert.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeldUploadsTest {

    record Document(String name, String type, byte[] content) {
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void files_are_held_in_order_as_the_module_document_and_cleared_after_sending() {
        HeldUploads<Document> uploads = new HeldUploads<>("docs", 3, 100, Document::new);
        UI.getCurrent().add(uploads.component());

        UploadKt._upload(uploads.component(), "a.pdf", "application/pdf", new byte[] {1, 2, 3});
        UploadKt._upload(uploads.component(), "b.txt", "text/plain", "hello".getBytes());

        assertThat(uploads.documents()).extracting(Document::name).containsExactly("a.pdf", "b.txt");
        assertThat(uploads.documents().get(1).content()).isEqualTo("hello".getBytes());
        assertThat(uploads.component().getId()).hasValue("docs");
        assertThat(uploads.component().getMaxFiles()).isEqualTo(3);
        assertThat(uploads.component().getMaxFileSize()).isEqualTo(100);
        uploads.clear();
        assertThat(uploads.documents()).isEmpty();
    }

    @Test
    void a_file_sent_around_the_browser_limit_is_read_only_one_byte_beyond_it_for_the_service_to_refuse() {
        HeldUploads<Document> uploads = new HeldUploads<>("docs", 3, 10, Document::new);
        UI.getCurrent().add(uploads.component());

        UploadKt._upload(uploads.component(), "big.pdf", "application/pdf", new byte[1000]);

        assertThat(uploads.documents()).singleElement()
                .satisfies(document -> assertThat(document.content()).hasSize(11));
    }
}
