package eu.skills4cities.citycert.exam;

import java.util.List;

/**
 * What an author writes: the item's code (on creation; an edit keeps the code), the element it
 * tests by its codes, the stem, the options with their correct markers, the explanation for
 * reviewers and the difficulty. Single or multiple choice follows from the options: one correct
 * option makes a single-choice item, more a multiple-choice item.
 */
public record ItemDraft(String code, String roleCode, String unitCode, String elementCode, String stem,
                        List<ItemOption> options, String explanation, Difficulty difficulty) {

    public ItemDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
