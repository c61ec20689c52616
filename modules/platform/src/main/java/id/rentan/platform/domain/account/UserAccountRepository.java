package id.rentan.platform.domain.account;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;

import java.time.LocalDateTime;
import java.util.Optional;

/** Stores user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> find(long id);

    default UserAccount get(long id) {
        return find(id).orElseThrow(() -> BusinessException.notFound("account.notFound", id));
    }

    UserAccount add(UserAccount account);

    long countEnabledAdmins();

    long count();

    long countLockedAt(LocalDateTime now);

    long countMustChangePassword();

    Page<UserAccount> search(UserFilter filter, PageRequest page);
}
