package eu.skills4cities.citycert.certificate;

import java.awt.Color;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/** The QR code a certificate prints to its verification page: encoded, checked to read back, drawn. */
final class CertificateQrCode {

    private CertificateQrCode() {
    }

    /** Draws the code with its quiet zone, its lower left corner at (x, y), {@code size} points wide. */
    static void draw(PdfContentByte canvas, String url, float x, float y, float size, Color ink) {
        BitMatrix matrix = readable(url);
        float module = size / matrix.getWidth();
        // the quiet zone a scanner needs to find the code: four modules of white on every side
        float quiet = 4 * module;
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet);
        canvas.fill();
        canvas.setColorFill(ink);
        // one rectangle per run of dark modules in a row: no hairline seams between neighbours
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * The QR code of the URL, checked to read back before it is printed: error correction Q (a
     * quarter of the code may be misread; a printed, folded or photographed certificate needs the
     * margin more than a smaller code), the encoder's own choice of mask first, then each of the
     * eight masks until one reads. Some codes, perfectly drawn, are not found by a common reader
     * (ZXing's) with the mask the encoder prefers; another mask of the same content is.
     */
    static BitMatrix readable(String url) {
        BitMatrix chosen = null;
        for (int mask = -1; mask < 8; mask++) {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
            hints.put(EncodeHintType.MARGIN, 0);
            if (mask >= 0) {
                hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
            }
            try {
                BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
                if (reads(matrix, url)) {
                    return matrix;
                }
                chosen = chosen == null ? matrix : chosen;
            } catch (WriterException e) {
                throw new IllegalStateException("cannot encode " + url + " as a QR code", e);
            }
        }
        return chosen;
    }

    /** Whether a reader finds exactly this URL in the matrix drawn at four pixels a module, with its quiet zone. */
    private static boolean reads(BitMatrix matrix, String url) {
        int scale = 4;
        int quiet = 4;
        int side = (matrix.getWidth() + 2 * quiet) * scale;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFF);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        int offset = ((y + quiet) * scale + dy) * side + (x + quiet) * scale;
                        Arrays.fill(pixels, offset, offset + scale, 0);
                    }
                }
            }
        }
        try {
            return url.equals(new QRCodeReader().decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

}
