package eu.skills4cities.citycert.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared link to a verification page previews well: the HTML as the server sends it, before any
 * JavaScript (as link previewers read it), carries the Open Graph tags of the certificate it names,
 * and only of a certificate the register holds.
 */
@CityCertServerTest
class VerificationPagePreviewServerTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCertificates register;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_page_of_a_registered_certificate_names_it_in_its_title_and_preview() throws Exception {
        CertificateInfo issued = register.issue();

        HttpResponse<String> page = get("/" + CertificateLinks.verification(issued.number()));

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.title()).isEqualTo("Certificate " + issued.number() + " | CityCert");
        Map<String, String> og = openGraph(html);
        assertThat(og).containsEntry("og:title", "Certificate " + issued.number())
                .containsEntry("og:type", "website").containsEntry("og:site_name", "CityCert")
                .containsEntry("og:url", "http://localhost:8080/verify/" + issued.number());
        assertThat(og.get("og:description")).isEqualTo("Smart City Project Developer, Role certificate: the holder has "
                + "every unit the role requires. Status in the public register of CityCert Certification Body: Active.");
        assertThat(html.select("meta[name=description]").attr("content")).isEqualTo(og.get("og:description"));
        // the holder is on the page for whoever asks, but not in previews others keep
        assertThat(page.body()).doesNotContain(issued.holderName(), issued.holderUsername());
    }

    @Test
    void an_unknown_number_gets_the_generic_preview_and_is_not_named() throws Exception {
        String unknown = TestCertificates.unknownNumber();

        HttpResponse<String> page = get("/verify/" + unknown);

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.title()).isEqualTo("Verify a certificate | CityCert");
        assertGeneric(openGraph(html));
        assertThat(page.body()).doesNotContain(unknown);
    }

    @Test
    void input_that_is_no_number_gets_the_generic_preview_and_is_never_echoed() throws Exception {
        HttpResponse<String> page = get("/verify/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22%20og");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertGeneric(openGraph(html));
        assertThat(page.body()).doesNotContain("<img src=x", "onerror", "alert(1)");
    }

    @Test
    void the_plain_verification_page_previews_as_itself() throws Exception {
        Document html = Jsoup.parse(get("/verify").body());

        assertThat(html.title()).isEqualTo("Verify a certificate | CityCert");
        assertGeneric(openGraph(html));
    }

    private static void assertGeneric(Map<String, String> og) {
        assertThat(og).containsEntry("og:title", "Verify a certificate")
                .containsEntry("og:url", "http://localhost:8080/verify").containsEntry("og:site_name", "CityCert")
                .containsEntry("og:description", "Check whether a certificate of CityCert Certification Body is genuine "
                        + "and valid today: enter its number or upload its PDF.");
    }

    private static Map<String, String> openGraph(Document html) {
        return html.select("meta[property^=og:]").stream()
                .collect(Collectors.toMap(meta -> meta.attr("property"), meta -> meta.attr("content")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
