package id.rentan.platform.web.i18n;

import id.rentan.platform.api.money.Rupiah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats for pages, in the user's language: {@code #{fmt.rupiah(x)}} gives {@code Rp 16.800},
 * {@code #{fmt.date(d)}} gives {@code 21 Nov 2026}, {@code #{fmt.dateTime(t)}} gives {@code 21 Nov 2026 14:05}.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    UserPreferences preferences;

    public static String rupiah(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        Rupiah amount = value instanceof Rupiah r ? r
                : value instanceof BigDecimal b ? Rupiah.of(b)
                : Rupiah.of(((Number) value).longValue());
        return amount.format(locale);
    }

    public static String date(LocalDate value, Locale locale) {
        return value == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(value);
    }

    public static String dateTime(LocalDateTime value, Locale locale) {
        return value == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(value);
    }

    public String rupiah(Object value) {
        return rupiah(value, locale());
    }

    public String date(LocalDate value) {
        return date(value, locale());
    }

    public String dateTime(LocalDateTime value) {
        return dateTime(value, locale());
    }

    public String month(YearMonth value) {
        return value == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(value);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private Locale locale() {
        return preferences.getLocale();
    }
}
