package id.rentan.claims.web;

import id.rentan.claims.application.ClaimService;
import id.rentan.claims.application.RenewalDue;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * S-01, once a year: the scholarships of last school year due for renewal in the chosen one (the current one by
 * default; a school year starts in July), with whether each child still qualifies and why not, within the caller's
 * OPD scope. The rows are read when the year is chosen, never by a getter.
 */
@Named
@ViewScoped
public class RenewalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    BusinessClock clock;

    private int current;
    private Integer schoolYear;
    private List<Integer> schoolYears = List.of();
    private List<RenewalDue> rows = List.of();

    @PostConstruct
    void init() {
        LocalDate today = clock.today();
        current = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        schoolYear = current;
        schoolYears = IntStream.rangeClosed(current - 3, current + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    /** Reads the renewals of the chosen school year (on opening the page, and when another year is chosen). */
    public void load() {
        if (schoolYear == null) {
            schoolYear = current;
        }
        rows = claims.renewals(schoolYear);
    }

    public String label(int year) {
        return year + "/" + (year + 1);
    }

    public long getEligibleCount() {
        return rows.stream().filter(RenewalDue::eligible).count();
    }

    public Integer getSchoolYear() { return schoolYear; }
    public void setSchoolYear(Integer schoolYear) { this.schoolYear = schoolYear; }
    public List<Integer> getSchoolYears() { return schoolYears; }
    public List<RenewalDue> getRows() { return rows; }
}
