package id.rentan.claims.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kinds of claim of sections 6 and 7: JKM death not from work, and the four JKK benefits. */
public enum ClaimType {
    /** Death not from work (B-01, B-02). */
    JKM_DEATH,
    /** Death from a work accident (K-01). */
    JKK_DEATH,
    /** Total permanent disability from a work accident (K-02). */
    JKK_DISABILITY,
    /** Temporary inability to work, STMB (K-03). */
    JKK_STMB,
    /** Medical care after a work accident (K-04). */
    JKK_MEDICAL;

    private static final List<DocumentType> JKM_DOCUMENTS = List.of(DocumentType.KPJ_CARD,
            DocumentType.KTP_DECEASED, DocumentType.KTP_HEIR, DocumentType.DEATH_CERTIFICATE, DocumentType.FAMILY_CARD,
            DocumentType.HEIR_CERTIFICATE, DocumentType.MARRIAGE_BOOK, DocumentType.BANK_BOOK);

    private static final List<DocumentType> JKK_DOCUMENTS = List.of(DocumentType.JKK_FORM_STAGE_1,
            DocumentType.JKK_FORM_STAGE_2, DocumentType.KTP, DocumentType.KPJ_CARD,
            DocumentType.CHRONOLOGY_WITNESSES, DocumentType.POLICE_REPORT, DocumentType.MEDICAL_RECEIPTS);

    private static final List<DocumentType> JKK_DEATH_DOCUMENTS = List.of(DocumentType.JKK_FORM_STAGE_1,
            DocumentType.JKK_FORM_STAGE_2, DocumentType.KPJ_CARD, DocumentType.KTP_DECEASED, DocumentType.KTP_HEIR,
            DocumentType.CHRONOLOGY_WITNESSES, DocumentType.POLICE_REPORT, DocumentType.DEATH_CERTIFICATE,
            DocumentType.FAMILY_CARD, DocumentType.HEIR_CERTIFICATE, DocumentType.MARRIAGE_BOOK,
            DocumentType.BANK_BOOK);

    /** Whether the participant died (the claim makes them DECEASED, one per participant). */
    public boolean isDeath() {
        return this == JKM_DEATH || this == JKK_DEATH;
    }

    /** A work-accident claim: reported within 2 x 24 hours (CL-04). */
    public boolean isWorkAccident() {
        return this != JKM_DEATH;
    }

    /** Heirs or family members are recorded: deaths, and total disability (children's scholarships, K-05). */
    public boolean hasHeirs() {
        return isDeath() || this == JKK_DISABILITY;
    }

    /** Whether children's scholarships can follow (B-03 after a JKM death, K-05 after a JKK death or disability). */
    public boolean allowsScholarships() {
        return isDeath() || this == JKK_DISABILITY;
    }

    /** The document checklist of section 7; some items are required only in some cases (see {@link Claim}). */
    public List<DocumentType> documents() {
        return switch (this) {
            case JKM_DEATH -> JKM_DOCUMENTS;
            case JKK_DEATH -> JKK_DEATH_DOCUMENTS;
            default -> JKK_DOCUMENTS;
        };
    }

    public static Set<ClaimType> deaths() {
        return EnumSet.of(JKM_DEATH, JKK_DEATH);
    }

    public String labelKey() {
        return "claim.type." + name();
    }
}
