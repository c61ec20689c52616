package id.rentan.platform.api.reference;

import java.util.Locale;

/**
 * A sector of vulnerable work.
 *
 * @param code   e.g. {@code NELAYAN}
 * @param nameId name in Bahasa Indonesia
 * @param nameEn name in English
 * @param active whether new participants may be proposed in it
 */
public record SectorInfo(String code, String nameId, String nameEn, boolean active) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
