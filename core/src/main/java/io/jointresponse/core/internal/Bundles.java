package io.jointresponse.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads one message bundle file, a {@code .properties} file in UTF-8, into a map, for the modules
 * whose messages come in English and Japanese (the wire format's, the rules'). They read their
 * files one by one rather than through {@code ResourceBundle.getBundle}, which would fall back to
 * the JVM's default locale when a file is missing.
 */
public final class Bundles {

    private Bundles() {}

    /**
     * Reads a bundle file. The caller opens it, since a module's resources are its own.
     *
     * @param in the file's content, or null when the resource was not found; closed here
     * @param name the resource's name, for the error messages, not null
     * @return key to message, in key order, unmodifiable
     * @throws IllegalStateException if the resource was not found
     * @throws UncheckedIOException if it cannot be read
     */
    public static Map<String, String> read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> map = new TreeMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
