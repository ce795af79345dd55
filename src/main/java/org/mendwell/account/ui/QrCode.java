package org.mendwell.account.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code drawn on the server (ZXing) and inlined as a data address: the secret it holds goes to no other service. */
final class QrCode {

    private QrCode() {}

    static Image image(String text, String description) {
        var image =
                new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, 240)), description);
        image.addClassName("mw-qr-code");
        return image;
    }

    static byte[] png(String text, int size) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var picture = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    picture.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            var out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException(
                    "An otpauth address always fits a QR code", e); // the same in every language
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
