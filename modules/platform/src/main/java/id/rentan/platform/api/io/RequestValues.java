package id.rentan.platform.api.io;

import id.rentan.platform.api.error.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the text values of a request (query parameters, JSON fields) as dates, times and enum constants. A blank
 * value is {@code null}; an unreadable one is refused with the message key given (HTTP 422), naming the value.
 */
public final class RequestValues {

    private RequestValues() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** {@code yyyy-MM-dd}. */
    public static LocalDate date(String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(messageKey, text);
        }
    }

    /** {@code yyyy-MM}, or the "month not recognised" error ({@code error.yearMonth}). */
    public static java.time.YearMonth month(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("error.yearMonth", text);
        }
    }

    /** {@code HH:mm} or {@code HH:mm:ss}. */
    public static LocalTime time(String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(messageKey, text);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss]}, or a date alone (its start). */
    public static LocalDateTime dateTime(String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        try {
            return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new BusinessException(messageKey, text);
        }
    }

    /** The constant named, in any case. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name, String messageKey) {
        if (blank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(messageKey, name);
        }
    }
}
