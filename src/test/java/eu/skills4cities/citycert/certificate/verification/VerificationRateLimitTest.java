package eu.skills4cities.citycert.certificate.verification;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API resists walking the register: a few lookups per address, then 429 until tokens come back. */
@CityCertSpringTest
@TestPropertySource(properties = {"citycert.verification.rate-limit.capacity=" + VerificationRateLimitTest.CAPACITY,
        "citycert.verification.rate-limit.refill-per-minute=1"})
public class VerificationRateLimitTest {

    /** Shared with the view's rate limit test, so both run in one Spring context. */
    public static final int CAPACITY = 3;

    @Autowired
    MockMvc mvc;

    @Test
    void the_request_beyond_the_capacity_gets_429_while_another_address_still_gets_answers() throws Exception {
        String number = TestCertificates.unknownNumber();
        for (int i = 0; i < CAPACITY; i++) {
            mvc.perform(get("/api/verify/{number}", number).with(from("192.0.2.10"))).andExpect(status().isNotFound());
        }

        mvc.perform(get("/api/verify/{number}", number).with(from("192.0.2.10")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
                .andExpect(jsonPath("$.detail").value(containsString("Too many checks from your address")));
        mvc.perform(multipart("/api/verify/pdf").file("file", TestSignedPdfs.unsigned(null)).with(from("192.0.2.10")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/api/verify/credential").contentType(MediaType.TEXT_PLAIN).content("not.a.jwt")
                        .with(from("192.0.2.10")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/verify/{number}", number).with(from("192.0.2.11"))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
