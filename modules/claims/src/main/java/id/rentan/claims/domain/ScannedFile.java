package id.rentan.claims.domain;

import id.rentan.platform.api.error.BusinessException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded scan checked by its content, not its name: PDF ({@code %PDF-}), PNG (its 8-byte signature) or JPEG
 * ({@code FF D8 FF}). Anything else, an empty file or one over the limit is refused with a clear message.
 *
 * @param fileName    the name as uploaded, reduced to a safe base name
 * @param contentType the type found in the content
 * @param content     the bytes
 * @param sha256      their SHA-256, hex
 */
public record ScannedFile(String fileName, String contentType, byte[] content, String sha256) {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public static ScannedFile of(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BusinessException("claim.file.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("claim.file.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = startsWith(content, PDF) ? "application/pdf" : startsWith(content, PNG) ? "image/png"
                : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new BusinessException("claim.file.type");
        }
        return new ScannedFile(safeName(fileName, type), type, content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "dokumen" + base;
        }
        if (base.length() > 150) {
            base = base.substring(base.length() - 150);
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        boolean hasRightExtension = lower.endsWith(extension) || ".jpg".equals(extension) && lower.endsWith(".jpeg");
        return hasRightExtension ? base : base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
