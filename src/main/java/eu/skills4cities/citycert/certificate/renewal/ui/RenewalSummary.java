package eu.skills4cities.citycert.certificate.renewal.ui;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.renewal.CpdActivity;
import eu.skills4cities.citycert.certificate.renewal.Renewal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a renewal holds, as its holder and its reviewer read it: the activities, the documents, the requests and answers. */
class RenewalSummary extends VerticalLayout {

    RenewalSummary(Renewal renewal, String activitiesId) {
        setPadding(false);
        UnorderedList list = new UnorderedList();
        list.setId(activitiesId);
        for (CpdActivity activity : renewal.activities()) {
            list.add(new ListItem(getTranslation("renewal.activity.line", activity.title(),
                    DateDisplay.date(activity.from(), getLocale()), DateDisplay.date(activity.to(), getLocale()),
                    activity.hours().stripTrailingZeros().toPlainString(), String.join(", ", activity.units()))));
        }
        add(list);
        for (Renewal.Document document : renewal.documents()) {
            Anchor link = new Anchor("api/renewals/documents/" + document.id(), document.fileName());
            link.setRouterIgnore(true);
            link.setDownload(true);
            add(link);
        }
        for (Renewal.Request request : renewal.requests()) {
            Paragraph asked = new Paragraph(getTranslation("renewal.request", request.text(),
                    DateDisplay.dateTime(request.deadline(), getLocale()))
                    + (request.answer() == null ? "" : " " + getTranslation("renewal.answered", request.answer())));
            asked.addClassName("renewal-request");
            add(asked);
        }
    }
}
