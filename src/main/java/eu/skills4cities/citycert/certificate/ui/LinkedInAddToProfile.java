package eu.skills4cities.citycert.certificate.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's add-to-profile link for a certification: it opens the holder's LinkedIn profile with the form of a
 * new licence or certification filled in (startTask CERTIFICATION_NAME). LinkedIn documents the parameters
 * name, organizationName, issueYear, issueMonth, expirationYear, expirationMonth, certUrl and certId; every value
 * is percent-encoded as RFC 3986 asks (a space is %20, not the form encoding's plus sign).
 */
final class LinkedInAddToProfile {

    static final String BASE = "https://www.linkedin.com/profile/add";

    private LinkedInAddToProfile() {
    }

    /**
     * @param name         what LinkedIn shows as the certification's name (the role, or the unit and its role)
     * @param organization the certification body
     * @param certUrl      the certificate's public verification page
     * @param certId       the certificate number
     */
    static String url(String name, String organization, LocalDate issuedOn, LocalDate validUntil, String certUrl,
                      String certId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("startTask", "CERTIFICATION_NAME");
        parameters.put("name", name);
        parameters.put("organizationName", organization);
        parameters.put("issueYear", String.valueOf(issuedOn.getYear()));
        parameters.put("issueMonth", String.valueOf(issuedOn.getMonthValue()));
        parameters.put("expirationYear", String.valueOf(validUntil.getYear()));
        parameters.put("expirationMonth", String.valueOf(validUntil.getMonthValue()));
        parameters.put("certUrl", certUrl);
        parameters.put("certId", certId);
        return BASE + "?" + parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
