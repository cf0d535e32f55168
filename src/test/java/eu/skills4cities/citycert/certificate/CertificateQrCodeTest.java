package eu.skills4cities.citycert.certificate;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR code is read off the whole printed page, at a modest resolution, whatever the
 * certificate's number: a scanner must not depend on the luck of the number's pattern.
 */
class CertificateQrCodeTest {

    private static final int CERTIFICATES = 50;
    private static final List<CertifiedUnit> UNITS = List.of(
            new CertifiedUnit("SCPD-U1", "Smart city context and needs analysis"),
            new CertifiedUnit("SCPD-U2", "Stakeholder engagement and co-creation"),
            new CertifiedUnit("SCPD-U3", "Project design and business case"),
            new CertifiedUnit("SCPD-U4", "Funding and procurement"),
            new CertifiedUnit("SCPD-U5", "Data, digital platforms and interoperability"));

    @Test
    void the_qr_code_of_every_certificate_reads_as_a_phone_would_and_never_misreads() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        CertificatePdfRenderer renderer = new CertificatePdfRenderer(messages);
        List<String> unread = new ArrayList<>();

        for (int i = 0; i < CERTIFICATES; i++) {
            // the first two did not read with the mask the encoder prefers (see CertificateQrCode.readable)
            String number = i == 0 ? "CC-2026-V0MK-Q9PT" : i == 1 ? "CC-2026-7MQ3-G3B4" : CertificateNumbers.next(2026);
            String url = "http://localhost:8080/verify/" + number;
            byte[] pdf = renderer.render(new CertificatePdfRenderer.Content(number, "Hana Holder " + i,
                    "Smart City Project Developer", null, 6, "S4C-SMART-CITY v1", UNITS,
                    LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1), "CityCert Certification Body", url));
            // a phone decodes frame after frame, each framed a little differently: the code must
            // read in one of them (whole page or its corner, at 150 or 200 dpi), and never as
            // anything else
            List<String> reads = new ArrayList<>();
            for (int dpi : new int[]{150, 200}) {
                reads.add(readQrCode(pdf, false, dpi));
                reads.add(readQrCode(pdf, true, dpi));
            }
            boolean readOnce = reads.contains(url);
            boolean misread = reads.stream().anyMatch(read -> read.startsWith("http") && !read.equals(url));
            if (!readOnce || misread) {
                unread.add(number + " -> " + reads);
            }
        }

        assertThat(unread).as("certificates whose QR code did not read").isEmpty();
    }

    /** The code read off the whole page, or off its lower right quarter (where a phone aims). */
    private static String readQrCode(byte[] pdf, boolean corner, int dpi) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            if (corner) {
                page = page.getSubimage(page.getWidth() / 2, page.getHeight() / 2, page.getWidth() / 2,
                        page.getHeight() / 2);
            }
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (com.google.zxing.ReaderException e) {
            return e.getClass().getSimpleName();
        }
    }
}
