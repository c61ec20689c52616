package id.rentan.reporting.web;

import id.rentan.platform.api.error.BusinessException;

/** The query parameters of the report endpoints. */
final class ReportParams {

    private ReportParams() {
    }

    /**
     * A year as digits, or the default when blank; anything else is refused (422) with the message key given, whose
     * arguments are the value, the first year (2000) and the last year allowed.
     */
    static int year(String text, int defaultYear, int lastYear, String messageKey) {
        if (text == null || text.isBlank()) {
            return defaultYear;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,4}")) {
            throw new BusinessException(messageKey, t, "2000", String.valueOf(lastYear));
        }
        return Integer.parseInt(t);
    }
}
