package id.rentan.platform.api.param;

import id.rentan.platform.api.money.Rupiah;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dated parameters: "what was the value of X on date D". Throws a {@code BusinessException} with key
 * {@code param.noValue} when no version covers the date, so a gap in the table shows as a clear message rather than
 * a silent default.
 */
public interface Parameters {

    BigDecimal valueOn(ParameterCode code, LocalDate date);

    default Rupiah amountOn(ParameterCode code, LocalDate date) {
        return Rupiah.of(valueOn(code, date));
    }

    default int intOn(ParameterCode code, LocalDate date) {
        return valueOn(code, date).intValueExact();
    }

    /**
     * C-01/C-02: the monthly premium (JKK + JKM) for a reported income on a date, e.g. Rp16.800 for Rp1.000.000.
     */
    default Rupiah monthlyPremiumOn(Rupiah reportedIncome, LocalDate date) {
        Rupiah jkk = reportedIncome.percent(valueOn(ParameterCode.PREMIUM_JKK_PERCENT, date));
        return jkk.plus(amountOn(ParameterCode.PREMIUM_JKM_MONTHLY, date));
    }

    /** An unchanging in-memory copy of every timeline as of now, for work that asks thousands of times (an import). */
    default Parameters snapshot() {
        return this;
    }
}
