package eu.skills4cities.citycert.certificate.verification;

import java.util.Locale;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every public verification endpoint ({@code /api/verify/**}: numbers, PDFs, credentials)
 * counts against the caller's address in the shared {@link VerificationRateLimiter}; beyond the
 * limit the answer is 429 with Retry-After, before the endpoint does any work.
 */
@org.springframework.core.annotation.Order(eu.skills4cities.citycert.base.ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(basePackageClasses = CertificateLinks.class)
class VerificationRateLimiting implements WebMvcConfigurer {

    private final VerificationRateLimiter limiter;
    private final MessageSource messages;

    VerificationRateLimiting(VerificationRateLimiter limiter, MessageSource messages) {
        this.limiter = limiter;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                VerificationRateLimiter.Admission admission = limiter.admit(request.getRemoteAddr());
                if (!admission.admitted()) {
                    throw new RateLimited(admission.retryAfter().toSeconds());
                }
                return true;
            }
        }).addPathPatterns("/api/verify/**");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(RateLimited e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                text(UserMessage.of("verification.rate-limited", e.retryAfterSeconds)));
        problem.setTitle(text(UserMessage.of("verification.rate-limited.title")));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds)).body(problem);
    }

    private String text(UserMessage message) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(message, locale);
    }

    /** Beyond the caller's rate limit. */
    static final class RateLimited extends RuntimeException {

        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("verification rate limit reached; retry after " + retryAfterSeconds + " s", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
