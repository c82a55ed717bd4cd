package io.jointresponse.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Holds the value of one option or parameter of a command whose model is built in code: picocli
 * sets it and reads it back (to add to a list option, say) through this binding, where an annotated
 * command would have it write a field that it finds by reflection.
 *
 * @param <T> the type of the value
 */
final class Bound<T> implements IGetter, ISetter {

    private T value;

    /** @return the value, or null when neither the command line nor a default gave one */
    T value() {
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
        return (V) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V newValue) {
        V previous = (V) value;
        value = (T) newValue;
        return previous;
    }
}
