package id.rentan.claims.domain;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;

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
}
