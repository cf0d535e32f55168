package eu.skills4cities.citycert.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * What a signed-in person who is not an administrator sees at {@code /camunda}: a short
 * CityCert page that says the engine's screens are for administrators and leads back home,
 * instead of the servlet container's bare error page.
 */
final class CamundaWebappAccessDenied implements AccessDeniedHandler {

    private final MessageSource messages;

    CamundaWebappAccessDenied(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var locale = LocaleContextHolder.getLocale();
        String title = HtmlUtils.htmlEscape(messages.getMessage("camunda.refused.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("camunda.refused.text", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("camunda.refused.home", null, locale));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s | CityCert</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
                <h1>%s</h1><p id="camunda-refused">%s</p><p><a href="%s/">%s</a></p></body></html>
                """).formatted(title, title, text, HtmlUtils.htmlEscape(request.getContextPath()), home)
                .getBytes(StandardCharsets.UTF_8));
    }
}
