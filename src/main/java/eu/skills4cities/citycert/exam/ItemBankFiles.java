package eu.skills4cities.citycert.exam;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of the item bank (docs/item-bank-format.md). An import is all or nothing: a
 * file with any problem stores nothing. Imported items arrive as drafts of their importer, so their
 * approval still needs a second person.
 */
@Service
public class ItemBankFiles {

    private static final Logger log = LoggerFactory.getLogger(ItemBankFiles.class);

    private final ItemStore store;
    private final ItemRules rules;
    private final ItemBank bank;
    private final Clock clock;

    ItemBankFiles(ItemStore store, ItemRules rules, ItemBank bank, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.bank = bank;
        this.clock = clock;
    }

    /**
     * Imports every item of the file as a new draft (version 1).
     *
     * @throws InvalidInputException with every problem of the file, each with its line; nothing is stored
     */
    @Transactional
    public List<ExamItem> importFile(CurrentUser author, String fileName, byte[] content) {
        ItemAccess.requireAuthor(author);
        List<ImportedItem> items = ItemBankFileReader.read(content, rules, store::codeExists);
        List<ExamItem> imported = new ArrayList<>();
        for (ImportedItem item : items) {
            UUID id = store.insert(item.draft(), 1, item.sample(), author.username(), clock.instant());
            imported.add(bank.recorded(id, ExamItemRecorded.Step.IMPORTED, author, null));
        }
        log.info("{} exam items imported as drafts by {} from {}", imported.size(), author.username(), fileName);
        return imported;
    }

    /** The newest version matching the filter of every item, in the import format. */
    @Transactional(readOnly = true)
    public byte[] export(CurrentUser user, ItemFilter filter) {
        ItemAccess.requireReader(user);
        Map<String, ExamItem> newest = new LinkedHashMap<>();
        for (ExamItem item : store.all(filter)) {
            newest.put(item.code(), item); // ordered by code and version: the last one wins
        }
        return ItemBankFileWriter.write(List.copyOf(newest.values()));
    }
}
