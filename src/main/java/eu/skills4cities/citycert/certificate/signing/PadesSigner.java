package eu.skills4cities.citycert.certificate.signing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.EmbeddedFonts;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Seals a certificate PDF with the certification body's key: a PAdES baseline B signature
 * (ETSI EN 319 142-1), in an incremental update so the PDF/A document stays as rendered, and
 * baseline T (a timestamp authority's token over the signature) when one is configured.
 * <ul>
 *   <li>signature dictionary: filter Adobe.PPKLite, sub-filter ETSI.CAdES.detached, the
 *       signing time as the dictionary's /M entry;</li>
 *   <li>CMS SignedData built with BouncyCastle, detached, SHA-256 with RSA, signed attributes
 *       content-type, message-digest and signing-certificate-v2, and no signing-time
 *       attribute (PAdES forbids it);</li>
 *   <li>a visible signature block in the area the renderer leaves for it, drawn with an
 *       embedded font so the document stays PDF/A-1b.</li>
 * </ul>
 */
@Component
public class PadesSigner {

    /** Room for the CMS in the signature's /Contents (bytes; twice that in hex). */
    private static final int CONTENTS_SIZE = 16384;
    /** More room when a timestamp token (with the authority's certificates) joins the CMS. */
    private static final int TIMESTAMPED_CONTENTS_SIZE = 32768;
    private static final String FIELD_NAME = "CertificationBodySeal";
    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color ACCENT = new Color(0x1A, 0x7F, 0x86);

    private final SigningKeys keys;
    private final CertificateIssuer issuer;
    private final TimestampAuthority timestamps;
    private final Clock clock;
    private final BaseFont font = EmbeddedFonts.SANS;
    private final BaseFont boldFont = EmbeddedFonts.SANS_BOLD;

    PadesSigner(SigningKeys keys, CertificateIssuer issuer, TimestampAuthority timestamps, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.timestamps = timestamps;
        this.clock = clock;
    }

    /**
     * What the visible signature block says, and where it goes.
     *
     * @param area           the block on page 1, in PDF points
     * @param caption        its first line ("Digitally sealed by …"), in the document's language
     * @param englishCaption the caption in English under it, for a document in another language; else null
     * @param detail         the line after the caption (how to check it), in the document's language
     */
    public record SealBlock(Rectangle area, String caption, String englishCaption, String detail) {

        /** A block in one language: the caption, then the detail. */
        public SealBlock(Rectangle area, String caption, String detail) {
            this(area, caption, null, detail);
        }
    }

    /**
     * The document with a PAdES signature added by the current signing key: baseline T when a
     * timestamp authority is configured, else baseline B.
     */
    public byte[] sign(byte[] pdf, SealBlock block) {
        int room = timestamps.configured() ? TIMESTAMPED_CONTENTS_SIZE : CONTENTS_SIZE;
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * room + 8192);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar now = GregorianCalendar.from(clock.instant().atZone(ZoneOffset.UTC));
            now.setTimeZone(TimeZone.getTimeZone("UTC"));
            appearance.setSignDate(now);
            appearance.setAcro6Layers(true);
            appearance.setVisibleSignature(block.area(), 1, FIELD_NAME);
            drawBlock(appearance.getLayer(2), block);

            PdfSignature signature = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            signature.setDate(new PdfDate(now));
            signature.setName(issuer.name());
            // the reason, which signature panels show, is the same English caption in every certificate
            signature.setReason(block.englishCaption() == null ? block.caption() : block.englishCaption());
            appearance.setCryptoDictionary(signature);
            appearance.preClose(Map.of(PdfName.CONTENTS, room * 2 + 2));

            byte[] cms = cms(appearance.getRangeStream());
            if (cms.length > room) {
                throw new IllegalStateException("the signature (" + cms.length + " bytes) does not fit its placeholder");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, room)).setHexWriting(true));
            appearance.close(contents);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | CMSException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the certificate", e);
        }
    }

    /** The detached CMS over the signed byte ranges, with PAdES baseline B's signed attributes. */
    private byte[] cms(InputStream signedRanges) throws IOException, GeneralSecurityException, CMSException,
            OperatorCreationException {
        byte[] content = signedRanges.readAllBytes();
        X509Certificate certificate = keys.certificate();
        Attribute signingCertificate = signingCertificateV2(certificate);
        CMSAttributeTableGenerator signedAttributes = parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((org.bouncycastle.asn1.ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(signedAttributes)
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.privateKey()), certificate));
        generator.addCertificates(new JcaCertStore(keys.chain()));
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
        return timestamped(signed).getEncoded("DER");
    }

    /**
     * PAdES baseline T: the authority's token over the signature value, as the unsigned
     * signature-time-stamp attribute (RFC 3161, appendix A) of the one signer.
     */
    private CMSSignedData timestamped(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        Optional<TimeStampToken> token = timestamps.stamp(signer.getSignature());
        if (token.isEmpty()) {
            return signed;
        }
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.get().getEncoded()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** signing-certificate-v2 (RFC 5035): the SHA-256 of the signing certificate and its issuer and serial. */
    private static Attribute signingCertificateV2(X509Certificate certificate)
            throws CertificateEncodingException, GeneralSecurityException {
        byte[] hash = Sha256.digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)})));
    }

    private void drawBlock(PdfTemplate layer, SealBlock block) {
        Rectangle area = block.area();
        float width = area.getWidth();
        float height = area.getHeight();
        layer.saveState();
        layer.setColorStroke(ACCENT);
        layer.setLineWidth(0.8f);
        layer.roundRectangle(0.5f, 0.5f, width - 1, height - 1, 4);
        layer.stroke();
        // a small seal mark on the left
        layer.setColorFill(ACCENT);
        layer.circle(height / 2, height / 2, height / 2 - 9);
        layer.fill();
        layer.setColorFill(Color.WHITE);
        layer.circle(height / 2, height / 2, height / 2 - 13);
        layer.fill();
        // a tick inside it
        float r = height / 2;
        layer.setColorStroke(ACCENT);
        layer.setLineWidth(2.2f);
        layer.moveTo(r - 7, r);
        layer.lineTo(r - 2, r - 5);
        layer.lineTo(r + 7, r + 6);
        layer.stroke();
        layer.restoreState();
        float textLeft = height + 2;
        float textWidth = width - textLeft - 6;
        // a bilingual block moves its lines up to make room for the English caption under the first
        boolean bilingual = block.englishCaption() != null;
        float top = bilingual ? height - 14 : height - 20;
        text(layer, block.caption(), boldFont, sizeToFit(block.caption(), boldFont, 8.5f, 7, textWidth), textLeft, top,
                textWidth);
        if (bilingual) {
            text(layer, block.englishCaption(), font, 7, textLeft, top - 10, textWidth);
        }
        float detail = bilingual ? top - 21 : top - 12;
        text(layer, block.detail(), font, 7, textLeft, detail, textWidth);
        text(layer, "PAdES · SHA-256 · " + commonName(keys.certificate()), font, 6, textLeft, detail - 10, textWidth);
    }

    /** The size at which the text fits the width, from {@code largest} down to {@code smallest} at the least. */
    private static float sizeToFit(String text, BaseFont font, float largest, float smallest, float width) {
        float wide = font.getWidthPoint(text, largest);
        return wide <= width ? largest : Math.max(smallest, largest * width / wide);
    }

    /** One line of the block, shortened with an ellipsis if it would not fit. */
    private static void text(PdfTemplate layer, String text, BaseFont font, float size, float x, float y, float width) {
        ColumnText.showTextAligned(layer, Element.ALIGN_LEFT,
                new Phrase(EmbeddedFonts.fitted(text, font, size, width), new Font(font, size, Font.NORMAL, INK)), x, y, 0);
    }

    private static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
