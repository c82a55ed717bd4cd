package io.jointresponse.validation.internal;

import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.NpaUnit;
import io.jointresponse.core.organisation.NpaUnits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the placeholders of catalogue messages, such as {@code {cybercrimeDivisionJa}}, with catalogue
 * data: the names of the NPA units that held a role on the document's date, and arguments a rule
 * passes (a notice's numbers, a date). Never a value of the payload.
 *
 * <p>The NPA reorganises: on 2022-04-01 its cyber functions moved to the Cyber Affairs Bureau and
 * 情報技術犯罪対策課 ceased to exist. A message names the unit that held the role on the document's
 * date ({@link NpaUnits#holding}), and the role itself when the reference data has no unit then. A
 * unit's name differs by language, so its placeholder says which it wants: {@code …Ja} or {@code …En}
 * ({@code {cybercrimeDivisionJa}} in the Japanese bundle, {@code {cybercrimeDivisionEn}} in the
 * English one). A finding keeps the values of the placeholders of both languages
 * ({@code Finding.messageArguments()}), so that a framework can render its message again in either.
 */
public final class MessageText {

    private MessageText() {}

    /**
     * Returns the values of the placeholders of some templates.
     *
     * @param templates the catalogue messages, such as one message in both languages, not null
     * @param given the arguments the rule passed, from catalogue data only, not null
     * @param day the document's governing date, for the names of NPA units, if it has one
     * @return placeholder name to text, for every placeholder of the templates
     * @throws IllegalStateException if a template names a placeholder that has no value
     */
    public static Map<String, String> arguments(Iterable<String> templates, Map<String, String> given, Optional<LocalDate> day) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String template : templates) {
            int at = template.indexOf('{');
            while (at >= 0) {
                int close = template.indexOf('}', at);
                if (close < 0) {
                    throw new IllegalStateException("An unclosed placeholder in a catalogue message: " + template);
                }
                String name = template.substring(at + 1, close);
                values.computeIfAbsent(name, n -> value(n, given, day));
                at = template.indexOf('{', close);
            }
        }
        return values;
    }

    /**
     * Fills a template.
     *
     * @param template the catalogue message, not null
     * @param arguments placeholder name to text, with a value for each of its placeholders, not null
     * @return the message
     * @throws IllegalStateException if the template names a placeholder that has no value
     */
    public static String render(String template, Map<String, String> arguments) {
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
            String name = template.substring(open + 1, close);
            String value = arguments.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for the placeholder {" + name + "} of a catalogue message");
            }
            out.append(template, at, open).append(value);
            at = close + 1;
        }
        return out.toString();
    }

    /**
     * Renders a template for documentation, where no document gives a date: units are named by
     * their role, and other arguments by their placeholder name.
     *
     * @param template the catalogue message, not null
     * @return the message with roles named generically
     */
    public static String generic(String template) {
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
            out.append(role.isPresent() ? roleLabel(role.get(), japanese(name)) : "<" + name + ">");
            at = close + 1;
        }
        return out.toString();
    }

    private static String value(String name, Map<String, String> given, Optional<LocalDate> day) {
        String value = given.get(name);
        if (value != null) {
            return value;
        }
        Optional<NpaRole> role = role(name);
        if (role.isEmpty()) {
            throw new IllegalStateException("No value for the placeholder {" + name + "} of a catalogue message");
        }
        boolean japanese = japanese(name);
        Optional<NpaUnit> unit = day.flatMap(d -> NpaUnits.holding(role.get(), d));
        if (unit.isEmpty()) {
            return roleLabel(role.get(), japanese);
        }
        return japanese ? unit.get().japaneseName() : unit.get().englishName() + " of the NPA";
    }

    /** The role a placeholder names: {@code cybercrimeDivisionJa}, {@code securityPlanningDivisionEn}, … */
    private static Optional<NpaRole> role(String name) {
        if (!name.endsWith("Ja") && !name.endsWith("En")) {
            return Optional.empty();
        }
        switch (name.substring(0, name.length() - 2)) {
            case "cybercrimeDivision":
                return Optional.of(NpaRole.CYBERCRIME_DIVISION);
            case "securityPlanningDivision":
                return Optional.of(NpaRole.SECURITY_PLANNING_DIVISION);
            default:
                return Optional.empty();
        }
    }

    private static boolean japanese(String name) {
        return name.endsWith("Ja");
    }

    private static String roleLabel(NpaRole role, boolean japanese) {
        return japanese ? "警察庁の" + role.japaneseLabel() : "NPA's " + role.englishLabel();
    }
}
