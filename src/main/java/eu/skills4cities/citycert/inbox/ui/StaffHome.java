package eu.skills4cities.citycert.inbox.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.InboxQuery.Scope;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The staff's part of the start page (the appeals panel's too): what waits in their task inbox, as
 * tiles that count and link the inbox filtered to those rows. Each count is the inbox's own count of
 * the same query ({@link TaskInbox#counts}), so it holds the person to their own tasks and queues and
 * says what the filtered inbox lists. The inbox reads the filters from its address
 * ({@code scope}, {@code stage}, {@code overdue}, {@code escalated}). In the menu, the inbox's badge counts
 * the inbox as it opens: my open tasks and the unassigned ones of my queues (from the stored queue sizes
 * for one group).
 */
@org.springframework.stereotype.Component
class StaffHome extends RoleHomeSection implements MenuBadge {

    private final TaskInbox inbox;

    StaffHome(CurrentUserProvider users, TaskInbox inbox) {
        super(users, Role.INBOX_USERS);
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component content() {
        return new Content(user());
    }

    @Override
    public String path() {
        return "inbox";
    }

    @Override
    public long waiting() {
        return countFor(inbox::count);
    }

    /** A tile of the inbox: what it counts, and the inbox's address that lists the same tasks. */
    record InboxTile(String id, String labelKey, String href, InboxQuery query) {
    }

    /** The tiles this person sees: their tasks and queues, then the stage of each role they hold. */
    static List<InboxTile> tiles(CurrentUser user) {
        List<InboxTile> tiles = new ArrayList<>(List.of(
                new InboxTile("home-tasks-mine", "home.tile.mine", "inbox?scope=MINE", scoped(Scope.MINE)),
                new InboxTile("home-tasks-unassigned", "home.tile.unassigned", "inbox?scope=UNASSIGNED",
                        scoped(Scope.UNASSIGNED)),
                new InboxTile("home-tasks-overdue", "home.tile.overdue", "inbox?overdue=true",
                        new InboxQuery(Scope.WORKABLE, null, null, true, null, null, null, false)),
                new InboxTile("home-tasks-escalated", "home.tile.escalated", "inbox?escalated=true",
                        new InboxQuery(Scope.WORKABLE, null, null, false, null, null, null, false, true))));
        stageTile(tiles, user, Role.REVIEWER, Stage.REVIEW, "home.tile.reviews");
        stageTile(tiles, user, Role.ASSESSOR, Stage.ASSESSMENT, "home.tile.assessments");
        stageTile(tiles, user, Role.CERTIFICATION_OFFICER, Stage.DECISION, "home.tile.decisions");
        return tiles;
    }

    private static void stageTile(List<InboxTile> tiles, CurrentUser user, Role role, Stage stage, String labelKey) {
        if (user.has(role)) {
            tiles.add(new InboxTile("home-tasks-" + stage.name().toLowerCase(java.util.Locale.ROOT), labelKey,
                    "inbox?stage=" + stage.name(),
                    new InboxQuery(Scope.WORKABLE, stage.name(), null, false, null, null, null, false)));
        }
    }

    private static InboxQuery scoped(Scope scope) {
        return new InboxQuery(scope, null, null, false, null, null, null, false);
    }

    private final class Content extends Composite<VerticalLayout> {
        Content(CurrentUser user) {
            getContent().setPadding(false);
            getContent().setId("staff-home");
            List<InboxTile> tiles = tiles(user);
            List<Long> counts = inbox.counts(user, tiles.stream().map(InboxTile::query).toList());
            List<AttentionTile> shown = new ArrayList<>();
            for (int i = 0; i < tiles.size(); i++) {
                long count = counts.get(i);
                shown.add(new AttentionTile(tiles.get(i).id(), tiles.get(i).href(),
                        getTranslation(tiles.get(i).labelKey()), Math.min(count, TaskInbox.COUNT_LIMIT),
                        count > TaskInbox.COUNT_LIMIT));
            }
            getContent().add(new AttentionTiles("home-tasks", getTranslation("home.staff.title"), shown),
                    new Anchor("inbox", getTranslation("home.go.inbox")));
        }
    }
}
