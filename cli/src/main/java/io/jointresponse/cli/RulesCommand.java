package io.jointresponse.cli;

import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.RuleDescription;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jointresponse rules [ID]}: lists the rules of the notices, or explains one.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every finding id (id, severity, basis and clause, what it applies to, title): the rules of"
            + " the notices, then the wire-format and input findings; or explains one id, in any case, in Japanese"
            + " and English, with the sentence of the notice a rule rests on.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a rule id, such as AGR-001")
    private String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            for (RuleDescription r : RuleCatalogue.everything()) {
                out.println(String.format(Locale.ROOT, "%-13s %-3s %-28s %-18s %s",
                        r.id(), r.severityCode(), r.basisText(), r.appliesTo(), r.title(Locale.ENGLISH)));
            }
        } else {
            RuleDescription r = RuleCatalogue.find(id)
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            "Unknown rule id \"" + id + "\"; run 'jointresponse rules' for the list"));
            out.println(r.id() + "  " + r.title(Locale.ENGLISH) + " / " + r.title(Locale.JAPANESE));
            out.println("  severity:   " + r.severityCode());
            out.println("  basis:      " + r.basisText());
            out.println("  applies to: " + r.appliesTo());
            out.println("  disable:    " + (r.canBeDisabled() ? "yes, with --disable " + r.id() : "no: " + r.whyNotDisableable()));
            out.println("  en: " + r.message(Locale.ENGLISH));
            out.println("  ja: " + r.message(Locale.JAPANESE));
            if (!r.quote().isEmpty()) {
                out.println("  notice:     「" + r.quote() + "」");
            }
            if (!r.reading().isEmpty()) {
                out.println("  reading:    " + r.reading());
            }
        }
        out.flush();
        return ExitCodes.VALID;
    }
}
