package id.rentan.platform.api.ui;

import id.rentan.platform.api.module.ModuleDescriptor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The application's texts in Bahasa Indonesia (default) and English: the bundles of every module
 * ({@link ModuleDescriptor#bundles()}), searched in module order. Used by pages (through {@code #{i18n[...]}}),
 * by the one error path and by the REST API's problem-JSON.
 */
@ApplicationScoped
public class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    Instance<ModuleDescriptor> modules;

    private List<String> bundleNames;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        List<String> names = new ArrayList<>();
        modules.stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order))
                .forEach(m -> names.addAll(m.bundles()));
        bundleNames = List.copyOf(names);
    }

    /** The text for a key, or {@code ???key???} (logged once) when no bundle has it. */
    public String text(Locale locale, String key, Object... args) {
        String pattern = pattern(supported(locale), key);
        if (pattern == null) {
            if (reportedMissing.add(key)) {
                LOG.warning(() -> "Missing text for key '" + key + "'");
            }
            return "???" + key + "???";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, supported(locale)).format(args);
    }

    /** A rule violation as text, e.g. "V-01: NIK harus tepat 16 angka...". */
    public String render(Locale locale, id.rentan.platform.api.error.RuleViolation violation) {
        return text(locale, violation.messageKey(), violation.args().toArray());
    }

    public boolean has(Locale locale, String key) {
        return pattern(supported(locale), key) != null;
    }

    /** The best supported locale for an {@code Accept-Language} header (Bahasa Indonesia when nothing fits). */
    public Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException e) {
            return INDONESIAN;
        }
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    private String pattern(Locale locale, String key) {
        ClassLoader loader = Texts.class.getClassLoader();
        for (String name : bundleNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // this module has no bundle for the locale; try the next one
            }
        }
        return null;
    }
}
