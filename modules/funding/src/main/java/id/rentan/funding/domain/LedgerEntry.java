package id.rentan.funding.domain;

import id.rentan.platform.api.money.Rupiah;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * F-06: one entry of the ledger. Its hash is the SHA-256 of its canonical content, which includes the previous
 * entry's hash, so that changing any entry, or removing or reordering one, breaks the chain from there on.
 *
 * @param seq         position in the chain, from 1
 * @param type        what it records
 * @param recordedAt  when (to the second)
 * @param recordedBy  who
 * @param fiscalYear  the invoice's year
 * @param month       the invoice's month
 * @param sourceCode  funding source
 * @param invoiceId   the invoice, if any
 * @param paymentId   the payment, if any
 * @param amount      rupiah (negative for credits and reversals)
 * @param sp2dNumber  the SP2D of the payment, if any
 * @param reference   e.g. BPJS's receipt number
 * @param description what happened, in words
 * @param prevHash    the previous entry's hash (64 zeros for the first)
 * @param hash        this entry's hash
 */
public record LedgerEntry(long seq, LedgerEntryType type, LocalDateTime recordedAt, String recordedBy, int fiscalYear,
                          int month, String sourceCode, Long invoiceId, Long paymentId, Rupiah amount,
                          String sp2dNumber, String reference, String description, String prevHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** A new entry after the one whose hash is {@code prevHash}, with its hash computed. */
    public static LedgerEntry next(long seq, String prevHash, LedgerEntryType type, LocalDateTime at, String by,
                                   int fiscalYear, int month, String sourceCode, Long invoiceId, Long paymentId,
                                   Rupiah amount, String sp2dNumber, String reference, String description) {
        LocalDateTime second = at.withNano(0);
        LedgerEntry draft = new LedgerEntry(seq, type, second, by, fiscalYear, month, sourceCode, invoiceId, paymentId,
                amount, sp2dNumber, reference, description, prevHash, null);
        return draft.withHash(draft.computeHash());
    }

    private LedgerEntry withHash(String h) {
        return new LedgerEntry(seq, type, recordedAt, recordedBy, fiscalYear, month, sourceCode, invoiceId, paymentId,
                amount, sp2dNumber, reference, description, prevHash, h);
    }

    /**
     * The canonical content: every field, named, in a fixed order, with a separator that the values are escaped
     * against, so that no two different entries share a text.
     */
    public String canonical() {
        return "seq=" + seq
                + "|type=" + type.name()
                + "|at=" + recordedAt.withNano(0).format(SECONDS)
                + "|by=" + esc(recordedBy)
                + "|year=" + fiscalYear
                + "|month=" + month
                + "|source=" + esc(sourceCode)
                + "|invoice=" + (invoiceId == null ? "" : invoiceId)
                + "|payment=" + (paymentId == null ? "" : paymentId)
                + "|amount=" + amount.amount()
                + "|sp2d=" + esc(sp2dNumber)
                + "|reference=" + esc(reference)
                + "|description=" + esc(description)
                + "|prev=" + prevHash;
    }

    /** SHA-256 (hex) of the canonical content. */
    public String computeHash() {
        return sha256(canonical());
    }

    /** Whether the stored hash is the hash of the content. */
    public boolean intact() {
        return computeHash().equals(hash);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String esc(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|");
    }
}
