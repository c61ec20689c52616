package id.rentan.platform.api.security;

import id.rentan.platform.api.error.BusinessException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Which OPD's records a caller may see: all of them, those of one OPD, or none. Built once per request by
 * {@link CallerContext#scope()} and applied by every repository query that lists, counts or exports OPD-owned
 * data, so the restriction lives in one place.
 */
public final class DataScope implements Serializable {

    private static final long serialVersionUID = 1L;

    private enum Kind { ALL, OPD, NONE }

    private static final DataScope ALL = new DataScope(Kind.ALL, null);
    private static final DataScope NONE = new DataScope(Kind.NONE, null);

    private final Kind kind;
    private final String opdCode;

    private DataScope(Kind kind, String opdCode) {
        this.kind = kind;
        this.opdCode = opdCode;
    }

    /** Everything: lead department, finance, BPJS, auditors and administrators. */
    public static DataScope all() {
        return ALL;
    }

    /** Only the records of the given OPD: an OPD operator. */
    public static DataScope opd(String opdCode) {
        Objects.requireNonNull(opdCode, "opdCode");
        return new DataScope(Kind.OPD, opdCode);
    }

    /** Nothing at all: an anonymous caller, or an OPD operator not bound to any OPD (misconfigured account). */
    public static DataScope none() {
        return NONE;
    }

    /** Derives the scope from a caller: OPD operators see their OPD only; every other role sees all. */
    public static DataScope of(Caller caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Caller.SYSTEM_NAME.equals(caller == null ? null : caller.username()) ? ALL : NONE;
        }
        if (caller.roles().stream().anyMatch(r -> r != Role.OPD_OPERATOR)) {
            return ALL;
        }
        return caller.opd().map(DataScope::opd).orElse(NONE);
    }

    public boolean isUnrestricted() {
        return kind == Kind.ALL;
    }

    public boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /** The OPD this scope is restricted to, if it is restricted to one. */
    public Optional<String> restrictedOpd() {
        return Optional.ofNullable(opdCode);
    }

    /** Whether a record owned by the given OPD is visible in this scope. */
    public boolean allows(String ownerOpdCode) {
        return switch (kind) {
            case ALL -> true;
            case NONE -> false;
            case OPD -> opdCode.equals(ownerOpdCode);
        };
    }

    /**
     * Throws "not found" when a single record is outside the scope: an OPD is never told that another OPD's record
     * exists.
     */
    public void requireAllows(String ownerOpdCode) {
        if (!allows(ownerOpdCode)) {
            throw BusinessException.notFound("error.notFound");
        }
    }

    /** The restriction as a Criteria predicate on the record's owning-OPD column. */
    public Predicate toPredicate(CriteriaBuilder cb, Expression<String> ownerOpd) {
        return switch (kind) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case OPD -> cb.equal(ownerOpd, opdCode);
        };
    }

    /**
     * The restriction as a JPQL fragment to append to a WHERE clause ({@code " and <path> = :scopeOpd"}); bind it
     * with {@link #bind(jakarta.persistence.Query)}.
     */
    public String jpql(String ownerOpdPath) {
        return switch (kind) {
            case ALL -> "";
            case NONE -> " and 1 = 0";
            case OPD -> " and " + ownerOpdPath + " = :scopeOpd";
        };
    }

    /** Binds the parameter used by {@link #jpql(String)}, if any. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        if (kind == Kind.OPD) {
            query.setParameter("scopeOpd", opdCode);
        }
        return query;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataScope other && kind == other.kind && Objects.equals(opdCode, other.opdCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, opdCode);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "DataScope[all]";
            case NONE -> "DataScope[none]";
            case OPD -> "DataScope[opd=" + opdCode + "]";
        };
    }
}
