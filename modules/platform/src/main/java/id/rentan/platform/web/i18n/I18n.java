package id.rentan.platform.web.i18n;

import id.rentan.platform.api.ui.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

/**
 * Texts for pages: {@code #{i18n['menu.home']}} or, with arguments, {@code #{i18n.format('home.tasks', n)}}, in the
 * language the user chose.
 */
@Named("i18n")
@RequestScoped
public class I18n extends AbstractMap<String, String> {

    @Inject
    Texts texts;

    @Inject
    UserPreferences preferences;

    @Override
    public String get(Object key) {
        return texts.text(locale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }

    public String format(String key, Object arg) {
        return texts.text(locale(), key, arg);
    }

    public String format(String key, Object arg1, Object arg2) {
        return texts.text(locale(), key, arg1, arg2);
    }

    public String format(String key, Object arg1, Object arg2, Object arg3) {
        return texts.text(locale(), key, arg1, arg2, arg3);
    }

    public Locale locale() {
        return preferences.getLocale();
    }
}
