package id.rentan.funding.application;

import id.rentan.funding.domain.RateTable;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.Parameters;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * C-01..C-03 over the dated parameters: the premium of a month at the rate valid on its first day. One instance per
 * piece of work (it remembers the rates it has looked up).
 */
final class ParameterRates implements RateTable {

    private final Parameters parameters;
    private final Map<String, Rupiah> seen = new HashMap<>();

    ParameterRates(Parameters parameters) {
        this.parameters = parameters.snapshot();
    }

    @Override
    public Rupiah monthlyPremium(long reportedIncome, YearMonth month) {
        return seen.computeIfAbsent(reportedIncome + "@" + month,
                k -> parameters.monthlyPremiumOn(Rupiah.of(reportedIncome), month.atDay(1)));
    }
}
