package id.rentan.platform.api.security;

import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 2: an OPD operator sees its own OPD's people only; everyone else sees all. */
class DataScopeTest {

    @Test
    @DisplayName("an OPD operator is restricted to its own OPD")
    void opdOperator() {
        DataScope scope = DataScope.of(new Caller("opd.dkupp", Set.of(Role.OPD_OPERATOR), "DKUPP"));
        assertEquals(DataScope.opd("DKUPP"), scope);
        assertTrue(scope.allows("DKUPP"));
        assertFalse(scope.allows("PERIKANAN"));
        assertEquals(" and p.opdCode = :scopeOpd", scope.jpql("p.opdCode"));
        BusinessException e = assertThrows(BusinessException.class, () -> scope.requireAllows("PERIKANAN"));
        assertEquals(BusinessException.Kind.NOT_FOUND, e.kind(), "another OPD's record is 'not found', not 'forbidden'");
    }

    @Test
    @DisplayName("an OPD operator without an OPD sees nothing")
    void misconfiguredOperatorSeesNothing() {
        DataScope scope = DataScope.of(new Caller("opd.x", Set.of(Role.OPD_OPERATOR), null));
        assertTrue(scope.isEmpty());
        assertFalse(scope.allows("DKUPP"));
        assertEquals(" and 1 = 0", scope.jpql("p.opdCode"));
    }

    @Test
    @DisplayName("lead department, finance, BPJS, auditors and administrators see all")
    void otherRolesSeeAll() {
        for (Role role : new Role[] {Role.ADMIN, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR}) {
            DataScope scope = DataScope.of(new Caller("x", Set.of(role), null));
            assertTrue(scope.isUnrestricted(), role.name());
            assertEquals("", scope.jpql("p.opdCode"));
        }
    }

    @Test
    @DisplayName("anonymous callers see nothing; the system itself sees all")
    void anonymousAndSystem() {
        assertTrue(DataScope.of(Caller.anonymous()).isEmpty());
        assertTrue(DataScope.of(Caller.system()).isUnrestricted());
        assertTrue(DataScope.of(null).isEmpty());
    }
}
