package io.jointresponse.validation;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class that must never be loaded by name from a payload: its initialiser records, in another
 * class, that it ran. Payloads in {@link InjectionTest} name it in every place a class name could
 * be taken from. Naming {@code InjectionCanary.class} does not initialise it; instantiating it
 * or {@code Class.forName} does.
 */
public final class InjectionCanary {

    /** Set when {@link InjectionCanary} is initialised; read this, never a member of the canary. */
    static final class Flag {
        static final AtomicBoolean INITIALISED = new AtomicBoolean();

        private Flag() {}
    }

    static {
        Flag.INITIALISED.set(true);
    }

    /** Instantiated means initialised, too. */
    public InjectionCanary() {}
}
