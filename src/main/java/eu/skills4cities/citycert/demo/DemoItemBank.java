package eu.skills4cities.citycert.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemBankFiles;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sample item bank (four sample items per element of the role SCPD), loaded once through the
 * real import and approved as the bank requires: imported and submitted by the demo author,
 * approved by the second demo author, so the exam route has approved items to draw.
 */
@Component
@Profile("demo")
class DemoItemBank {

    static final String SAMPLE_ITEMS = "exam/skills4cities-sample-items.yaml";
    static final String AUTHOR = "author";
    static final String SECOND_AUTHOR = "author2";
    /** The first item of the sample file: when it exists, the bank was loaded before. */
    private static final String FIRST_CODE = "SCPD-U1-E1-001";

    private final ItemBank bank;
    private final ItemBankFiles files;

    DemoItemBank(ItemBank bank, ItemBankFiles files) {
        this.bank = bank;
        this.files = files;
    }

    /** Loads and approves the sample bank, unless it is there already. */
    void load() throws IOException {
        CurrentUser author = CurrentUser.of(AUTHOR, Role.EXAM_AUTHOR);
        CurrentUser approver = CurrentUser.of(SECOND_AUTHOR, Role.EXAM_AUTHOR);
        if (!bank.versions(author, FIRST_CODE).isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(SAMPLE_ITEMS).getInputStream()) {
            List<ExamItem> imported = files.importFile(author, "skills4cities-sample-items.yaml", in.readAllBytes());
            for (ExamItem item : imported) {
                bank.submit(author, item.id());
                bank.approve(approver, item.id());
            }
        }
    }
}
