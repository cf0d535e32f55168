package eu.skills4cities.citycert.certificate.verification;

import java.time.Duration;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every public verification endpoint ({@code /api/verify/**}: numbers, PDFs, credentials)
 * counts against the caller's address in the shared {@link VerificationRateLimiter}; beyond the
 * limit the answer is 429 with Retry-After (a {@link RefusedException}), before the endpoint does
 * any work.
 */
@Configuration
class VerificationRateLimiting implements WebMvcConfigurer {

    private final VerificationRateLimiter limiter;

    VerificationRateLimiting(VerificationRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                VerificationRateLimiter.Admission admission = limiter.admit(request.getRemoteAddr());
                if (!admission.admitted()) {
                    long seconds = admission.retryAfter().toSeconds();
                    throw RefusedException.tooManyRequests(UserMessage.of("verification.rate-limited", seconds),
                            "verification.rate-limited.title", Duration.ofSeconds(seconds));
                }
                return true;
            }
        }).addPathPatterns("/api/verify/**");
    }
}
