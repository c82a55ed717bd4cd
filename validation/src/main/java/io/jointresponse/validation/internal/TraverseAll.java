package io.jointresponse.validation.internal;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property is reachable and cascadable. The default resolver probes for Jakarta Persistence on
 * the class path to honour lazy loading, which the model never has; this one keeps validation the
 * same whatever the application's class path holds.
 */
final class TraverseAll implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
