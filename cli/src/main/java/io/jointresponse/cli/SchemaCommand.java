package io.jointresponse.cli;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.JointResponseJson;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jointresponse schema [KIND]}: prints the JSON Schema (draft 2020-12) of one document kind,
 * or of all of them as one JSON object keyed by kind.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of a document kind, or of every kind as one object keyed by kind.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "KIND", description = "a document kind, such as agreement or incidentReport (any case)")
    private String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (kind != null) {
            DocumentKind k = kindNamed(kind).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown document kind \"" + kind + "\"; the kinds are: " + kinds()));
            out.print(withNewline(JointResponseJson.schema(k)));
        } else {
            out.println("{");
            DocumentKind[] all = DocumentKind.values();
            for (int i = 0; i < all.length; i++) {
                String schema = JointResponseJson.schema(all[i]).strip().replace("\n", "\n  ");
                out.print("  \"" + all[i].wireName() + "\": " + schema + (i + 1 < all.length ? ",\n" : "\n"));
            }
            out.println("}");
        }
        out.flush();
        return ExitCodes.VALID;
    }

    /**
     * Finds the kind a person typed: its wire name or its constant's name, in any case
     * ({@code agreement}, {@code Agreement}, {@code AGREEMENT}, {@code incident_report}). Payloads
     * stay exact; this is the command line.
     */
    static Optional<DocumentKind> kindNamed(String typed) {
        String name = typed.strip();
        return Arrays.stream(DocumentKind.values())
                .filter(k -> k.wireName().equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name))
                .findFirst();
    }

    static String kinds() {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName).collect(Collectors.joining(", "));
    }

    private static String withNewline(String s) {
        return Optional.of(s).filter(t -> t.endsWith("\n")).orElse(s + "\n");
    }
}
