package id.rentan.platform.domain.param;

import id.rentan.platform.api.param.ParameterCode;

import java.util.List;
import java.util.Optional;

/** Stores the versions of dated parameters. */
public interface ParameterRepository {

    /** Every version of every parameter (a few hundred rows at most), for the cache. */
    List<ParameterVersion> all();

    List<ParameterVersion> versionsOf(ParameterCode code);

    Optional<ParameterVersion> find(long id);

    void add(ParameterVersion version);

    void remove(ParameterVersion version);

    /** Takes a write lock on the parameter's versions, so two administrators cannot change it at once. */
    List<ParameterVersion> lockVersionsOf(ParameterCode code);
}
