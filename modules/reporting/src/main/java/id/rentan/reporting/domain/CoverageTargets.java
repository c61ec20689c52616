package id.rentan.reporting.domain;

import java.util.List;
import java.util.Optional;

/** The years' populations and targets. */
public interface CoverageTargets {

    Optional<CoverageTarget> of(int year);

    /** Every year entered, newest first. */
    List<CoverageTarget> all();

    void add(CoverageTarget target);
}
