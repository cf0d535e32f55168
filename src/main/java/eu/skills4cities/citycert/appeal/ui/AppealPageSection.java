package eu.skills4cities.citycert.appeal.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationPageSection;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The appeals' part of the application page, for its candidate: an "Appeal" button while the
 * application's decision may be appealed, and a link to the open appeal against it.
 */
@org.springframework.stereotype.Component
@Order(10)
class AppealPageSection implements ApplicationPageSection {

    private final AppealService appeals;

    AppealPageSection(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public List<Component> components(CurrentUser user, ApplicationDetails application, boolean evidenceRequested) {
        List<Component> shown = new ArrayList<>();
        if (!user.username().equals(application.candidateUsername()) || !application.status().closed()) {
            return shown;
        }
        UI ui = UI.getCurrent();
        appeals.contestable(user).stream()
                .filter(d -> d.applicationId().equals(application.id()) && !d.kind().onCertificate())
                .forEach(decision -> {
                    if (appeals.appealableNow(decision)) {
                        Button appeal = new Button(ui.getTranslation("appeal.action"), click -> ui.navigate("appeals",
                                com.vaadin.flow.router.QueryParameters.of("decision", decision.key())));
                        appeal.setId("application-appeal");
                        shown.add(appeal);
                    } else if (decision.openAppeal() != null) {
                        Anchor open = new Anchor("appeals", ui.getTranslation("appeal.number") + " "
                                + decision.openAppeal());
                        open.setId("application-open-appeal");
                        shown.add(open);
                    }
                });
        return shown;
    }
}
