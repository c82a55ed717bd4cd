package io.jointresponse.test;

import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.RuleDescription;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The JUnit arguments provider behind {@link ManifestSource}: it provides the manifest entries the
 * annotation keeps, each as one argument set named after its file. JUnit makes and calls it; use
 * the annotation.
 */
public final class ManifestArgumentsProvider extends AnnotationBasedArgumentsProvider<ManifestSource> {

    /** Made by JUnit, once per annotated method. */
    public ManifestArgumentsProvider() {}

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            ManifestSource source) {
        return select(source).stream().map(entry -> Arguments.argumentSet(entry.file(), entry));
    }

    /**
     * Selects the entries a source keeps.
     *
     * @param source the annotation
     * @return the entries, in manifest order
     * @throws PreconditionViolationException if a filter names an unknown kind or rule id, or keeps no entry
     */
    static List<ManifestEntry> select(ManifestSource source) {
        Set<String> kinds = Set.of(source.kinds());
        Set<String> rules = Set.of(source.rules());
        unknown(kinds, Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName), "kind");
        unknown(rules, Stream.concat(RuleCatalogue.all().stream().map(RuleDescription::id), WireRules.ids().stream()), "rule id");
        List<ManifestEntry> kept = FixtureManifest.entries().stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(e.kind()))
                .filter(e -> source.validity() == ManifestSource.Validity.ALL
                        || e.isValid() == (source.validity() == ManifestSource.Validity.VALID))
                .filter(e -> rules.isEmpty() || e.expectedRuleIds().stream().anyMatch(rules::contains))
                .toList();
        if (kept.isEmpty()) {
            throw new PreconditionViolationException("@ManifestSource(kinds = " + new TreeSet<>(kinds) + ", validity = "
                    + source.validity() + ", rules = " + new TreeSet<>(rules) + ") keeps no manifest entry");
        }
        return kept;
    }

    private static void unknown(Set<String> given, Stream<String> known, String what) {
        Set<String> all = known.collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(all);
        if (!unknown.isEmpty()) {
            throw new PreconditionViolationException("@ManifestSource names no such " + what + ": " + unknown + "; known: " + all);
        }
    }
}
