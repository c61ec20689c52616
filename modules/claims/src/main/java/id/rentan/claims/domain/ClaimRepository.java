package id.rentan.claims.domain;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where claims, their files and scholarships are kept. Lists and exports take the caller's OPD scope. */
public interface ClaimRepository {

    Claim save(Claim claim);

    Optional<Claim> find(long id);

    /** The claim, locked for the rest of the transaction (scholarship cap, status changes). */
    Optional<Claim> lock(long id);

    /** Whether a death claim exists for the participant (one per participant). */
    boolean hasDeathClaim(long participantId);

    Page<Claim> page(ClaimFilter filter, DataScope scope, PageRequest page);

    void forEach(ClaimFilter filter, DataScope scope, Consumer<Claim> consumer);

    /** Claims not rejected whose cover is at risk or was checked against an invoice of the month. */
    List<Claim> toRecheck(YearMonth month);

    /** Every claim at risk, not rejected. */
    List<Claim> atRisk();

    ClaimFile saveFile(ClaimFile file);

    Optional<ClaimFile> file(long id);

    /** S-01: scholarships of a school year whose child has none for the next one (due for renewal). */
    List<Scholarship> scholarshipsOf(int schoolYear, DataScope scope);

    // ---- statistics, summed in the database ---------------------------------------------------------------

    /** The claims whose event falls between two days (inclusive), counted and summed per type, status and reason. */
    List<ClaimCell> cells(LocalDate from, LocalDate to, DataScope scope);

    /**
     * Claims of one type, status and cover reason.
     *
     * @param claims            how many
     * @param expected          expected benefits with a ceiling
     * @param openEnded         claims whose benefit has no ceiling (K-04)
     * @param decided           claims with a decided amount
     * @param expectedOfDecided expected benefits (with a ceiling) of the decided claims
     * @param decidedAmount     decided amounts
     * @param paidAmount        decided amounts of PAID claims
     * @param amountDiffers     decided claims whose amount differs from the expected benefit
     */
    record ClaimCell(ClaimType type, ClaimStatus status, CoverReason reason, long claims, long expected,
                     long openEnded, long decided, long expectedOfDecided, long decidedAmount, long paidAmount,
                     long amountDiffers) {
    }

    /** Heirs recorded on the claims whose event falls between two days, per relation: {heirs, entitled}. */
    List<HeirCount> heirCounts(LocalDate from, LocalDate to, DataScope scope);

    record HeirCount(HeirRelation relation, long heirs, long entitled) {
    }

    /** How many claims whose event falls between two days have at least one heir. */
    long claimsWithHeirs(LocalDate from, LocalDate to, DataScope scope);

    /** Scholarships of a school year per level (claims not rejected): {children, amount}. */
    List<ScholarshipCount> scholarshipCounts(int schoolYear, DataScope scope);

    record ScholarshipCount(SchoolLevel level, long children, long amount) {
    }

    /** How many claims (not rejected) have a scholarship in a school year. */
    long claimsWithScholarships(int schoolYear, DataScope scope);
}
