package id.rentan.platform.web.convert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import id.rentan.platform.web.i18n.I18n;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as {@code yyyy-MM} (e.g. {@code 2026-11}) in fields and view parameters. */
@FacesConverter(forClass = YearMonth.class, managed = true)
public class YearMonthConverter implements Converter<YearMonth> {

    @Inject
    I18n i18n;

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            String text = i18n.format("error.yearMonth", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.toString();
    }
}
