package io.jointresponse.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see the model's fluent accessors ({@code reports()}, {@code sector()}) as
 * properties. Without it, only JavaBeans getters ({@code getReports()}) are properties, and a
 * cascade or constraint on a fluent accessor silently never runs.
 */
final class FluentGetters implements GetterPropertySelectionStrategy {

    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        if (executable.getParameterTypes().length > 0
                || executable.getReturnType() == void.class
                || NOT_PROPERTIES.contains(executable.getName())) {
            return Optional.empty();
        }
        return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
