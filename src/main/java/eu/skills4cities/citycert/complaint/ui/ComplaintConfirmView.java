package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.complaint.ComplaintIntake;
import eu.skills4cities.citycert.complaint.ComplaintRateLimiter;
import eu.skills4cities.citycert.complaint.SubmittedComplaint;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The target of the mailed link: the complaint counts, and the complainant sees its number. */
@Route(value = "complaints/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ComplaintConfirmView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ComplaintIntake intake;
    private final ComplaintRateLimiter limiter;

    ComplaintConfirmView(ComplaintIntake intake, ComplaintRateLimiter limiter) {
        this.intake = intake;
        this.limiter = limiter;
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("complaint-confirm.title")));
        Paragraph answer = new Paragraph();
        answer.setId("complaint-confirmation");
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            limiter.require(request == null ? null : request.getRemoteAddr());
            SubmittedComplaint confirmed = intake.confirm(token);
            answer.setText(getTranslation("complaint-confirm.done", confirmed.number()));
        } catch (Refusal refusal) {
            answer.setText(UiErrorHandling.text(refusal));
        }
        add(answer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint-confirm.title") + " | " + getTranslation("app.name");
    }
}
