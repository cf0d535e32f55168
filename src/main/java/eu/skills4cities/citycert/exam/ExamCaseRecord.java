package eu.skills4cities.citycert.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam's part of an application's case record, for the audit module (which checks who may read it): every
 * session's form, answers with their times, submission and scores, extra time and void. No user check here.
 */
@Service
public class ExamCaseRecord {

    private final ExamSessionStore store;
    private final ItemStore items;

    ExamCaseRecord(ExamSessionStore store, ItemStore items) {
        this.store = store;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<ExamRecordEntry> entries(UUID applicationId) {
        List<ExamRecordEntry> entries = new ArrayList<>();
        for (ExamSession session : store.ofApplication(applicationId)) {
            List<SessionItem> form = store.form(session.id());
            // the form's bank items in one query, not one per item
            Map<UUID, ExamItem> bank = items.byIds(form.stream().map(SessionItem::itemId).toList());
            Map<Integer, String> codes = new LinkedHashMap<>();
            for (SessionItem item : form) {
                ExamItem bankItem = bank.get(item.itemId());
                codes.put(item.position(), bankItem.code() + " v" + bankItem.version());
            }
            entries.add(new ExamRecordEntry(session.startedAt(), session.candidate(), "FORM_DRAWN", facts(
                    "session", session.id(), "items", form.size(), "endsAt", session.endsAt(),
                    "form", String.join(", ", codes.values())), null));
            for (ExamSessionStore.AnswerGiven answer : store.answersGiven(session.id())) {
                entries.add(new ExamRecordEntry(answer.at(), session.candidate(), "ANSWER", facts(
                        "session", session.id(), "position", answer.position(), "item", codes.get(answer.position()),
                        "chosen", answer.chosen().stream().map(String::valueOf).collect(Collectors.joining(","))),
                        null));
            }
            for (ExamSessionStore.ExtraTimeGranted extra : store.extraTime(session.id())) {
                entries.add(new ExamRecordEntry(extra.at(), extra.by(), "EXTRA_TIME",
                        facts("session", session.id(), "minutes", extra.minutes()), extra.reason()));
            }
            if (session.submittedAt() != null) {
                Map<String, String> facts = facts("session", session.id(), "by", session.submittedBy());
                ExamScoring.perUnit(store.scores(session.id())).forEach(r -> facts.put(r.unitCode(),
                        r.correct() + "/" + r.items() + " (" + r.percent().toPlainString() + " %)"));
                entries.add(new ExamRecordEntry(session.submittedAt(),
                        ExamSession.BY_TIME_LIMIT.equals(session.submittedBy()) ? "system" : session.candidate(),
                        "SUBMITTED", facts, null));
            }
            if (session.voidedAt() != null) {
                entries.add(new ExamRecordEntry(session.voidedAt(), session.voidedBy(), "VOIDED",
                        facts("session", session.id()), session.voidReason()));
            }
        }
        return entries;
    }

    private static Map<String, String> facts(Object... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
        }
        return facts;
    }
}
