package io.jointresponse.validation.internal;

import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.NpaUnit;
import io.jointresponse.core.organisation.NpaUnits;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the placeholders of catalogue messages, such as {@code {cybercrimeDivision}}, with catalogue
 * data: the names of the NPA units that held a role on the document's date, and arguments a rule
 * passes (a notice's numbers, a date). Never a value of the payload.
 *
 * <p>The NPA reorganises: on 2022-04-01 its cyber functions moved to the Cyber Affairs Bureau and
 * 情報技術犯罪対策課 ceased to exist. A message names the unit that held the role on the document's
 * date ({@link NpaUnits#holding}), and the role itself when the reference data has no unit then.
 */
public final class MessageText {

    /** The unit that decides on onward sharing and liaises with JC3 for cybercrime. */
    public static final String CYBERCRIME_DIVISION = "cybercrimeDivision";

    /** The unit that decides on onward sharing and liaises with JC3 for security. */
    public static final String SECURITY_PLANNING_DIVISION = "securityPlanningDivision";

    private MessageText() {}

    /**
     * Fills a template.
     *
     * @param template the catalogue message, not null
     * @param arguments placeholder name to text, from catalogue data only, not null
     * @param day the document's governing date, for the names of NPA units, if it has one
     * @param locale English or Japanese, not null
     * @return the message
     * @throws IllegalStateException if the template names a placeholder that has no value
     */
    public static String render(String template, Map<String, String> arguments, Optional<LocalDate> day, Locale locale) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("An unclosed placeholder in a catalogue message: " + template);
            }
            out.append(template, at, open);
            String name = template.substring(open + 1, close);
            out.append(value(name, arguments, day, locale));
            at = close + 1;
        }
        return out.toString();
    }

    /**
     * Renders a template for documentation, where no document gives a date: the units are named by
     * their role, and arguments by their placeholder name.
     *
     * @param template the catalogue message, not null
     * @param locale English or Japanese, not null
     * @return the message with roles named generically
     */
    public static String generic(String template, Locale locale) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            String name = template.substring(open + 1, close);
            Optional<NpaRole> role = role(name);
            out.append(role.isPresent() ? roleLabel(role.get(), locale) : "<" + name + ">");
            at = close + 1;
        }
        return out.toString();
    }

    private static String value(String name, Map<String, String> arguments, Optional<LocalDate> day, Locale locale) {
        String given = arguments.get(name);
        if (given != null) {
            return given;
        }
        Optional<NpaRole> role = role(name);
        if (role.isEmpty()) {
            throw new IllegalStateException("No value for the placeholder {" + name + "} of a catalogue message");
        }
        Optional<NpaUnit> unit = day.flatMap(d -> NpaUnits.holding(role.get(), d));
        if (unit.isEmpty()) {
            return roleLabel(role.get(), locale);
        }
        return japanese(locale) ? unit.get().japaneseName() : unit.get().englishName() + " of the NPA";
    }

    private static Optional<NpaRole> role(String name) {
        switch (name) {
            case CYBERCRIME_DIVISION:
                return Optional.of(NpaRole.CYBERCRIME_DIVISION);
            case SECURITY_PLANNING_DIVISION:
                return Optional.of(NpaRole.SECURITY_PLANNING_DIVISION);
            default:
                return Optional.empty();
        }
    }

    private static String roleLabel(NpaRole role, Locale locale) {
        return japanese(locale) ? "警察庁の" + role.japaneseLabel() : "NPA's " + role.englishLabel();
    }

    private static boolean japanese(Locale locale) {
        return locale.getLanguage().equals("ja");
    }
}
