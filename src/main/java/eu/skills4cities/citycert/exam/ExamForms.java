package eu.skills4cities.citycert.exam;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.springframework.stereotype.Component;

/**
 * Draws a candidate's own form: per element of the units to sit, the scheme's number of approved items at random
 * (SecureRandom), items the candidate was given in an earlier session first avoided and only taken when the bank
 * has too few others; each item's options shuffled; the items of a unit in random order, the units in the role's.
 */
@Component
class ExamForms {

    private final ItemStore items;
    private final SecureRandom random = new SecureRandom();

    ExamForms(ItemStore items) {
        this.items = items;
    }

    /**
     * @throws RefusedException (conflict) when an element to sit has no approved item at all
     */
    List<SessionItem> draw(UUID sessionId, RoleDefinition role, List<String> unitsToSit, Set<String> seenCodes) {
        int perElement = role.scheme().examItemsPerElement();
        List<SessionItem> form = new ArrayList<>();
        for (UnitDefinition unit : role.units()) {
            if (!unitsToSit.contains(unit.code())) {
                continue;
            }
            List<ExamItem> unitItems = new ArrayList<>();
            for (ElementDefinition element : unit.elements()) {
                unitItems.addAll(drawElement(role.code(), unit.code(), element.code(), perElement, seenCodes));
            }
            Collections.shuffle(unitItems, random);
            for (ExamItem item : unitItems) {
                List<Integer> order = new ArrayList<>(IntStream.range(0, item.options().size()).boxed().toList());
                Collections.shuffle(order, random);
                form.add(new SessionItem(sessionId, form.size() + 1, item.id(), unit.code(), item.elementCode(), order,
                        List.of(), null));
            }
        }
        return form;
    }

    private List<ExamItem> drawElement(String roleCode, String unitCode, String elementCode, int count,
                                       Set<String> seenCodes) {
        List<ExamItem> approved = items.all(new ItemFilter(roleCode, unitCode, elementCode, ItemStatus.APPROVED, null));
        if (approved.isEmpty()) {
            throw RefusedException.conflict("problem.exam.no-items", elementCode);
        }
        List<ExamItem> fresh = new ArrayList<>(approved.stream().filter(i -> !seenCodes.contains(i.code())).toList());
        List<ExamItem> seen = new ArrayList<>(approved.stream().filter(i -> seenCodes.contains(i.code())).toList());
        Collections.shuffle(fresh, random);
        Collections.shuffle(seen, random);
        fresh.addAll(seen);
        return fresh.subList(0, Math.min(count, fresh.size()));
    }
}
