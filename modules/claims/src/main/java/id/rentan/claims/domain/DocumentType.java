package id.rentan.claims.domain;

/** The documents of a claim (section 7). */
public enum DocumentType {
    KPJ_CARD,
    KTP_DECEASED,
    KTP_HEIR,
    DEATH_CERTIFICATE,
    FAMILY_CARD,
    HEIR_CERTIFICATE,
    /** Required only when a spouse claims. */
    MARRIAGE_BOOK,
    BANK_BOOK,
    JKK_FORM_STAGE_1,
    JKK_FORM_STAGE_2,
    KTP,
    CHRONOLOGY_WITNESSES,
    /** Required only for road accidents. */
    POLICE_REPORT,
    MEDICAL_RECEIPTS;

    public String labelKey() {
        return "claim.document." + name();
    }
}
