package io.jointresponse.validation;

import io.jointresponse.core.agreement.Agreement;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records a validation may consult besides the document itself: a lookup of agreements by id
 * (INC-001, INC-004) and, when given, the agreement records themselves (ANR-003). The caller passes it
 * with each call; there is no global state. Immutable, and thread-safe when its lookup is.
 *
 * <p>Without a lookup ({@link #empty()}), INC-001 and INC-004 are not run, and the report lists
 * them as not checked ({@link ValidationReport#notChecked()}). With a lookup that does not know a
 * report's agreement, INC-004 warns that INC-001 could not be checked. ANR-003 runs only when the
 * records themselves were given ({@link #of(Collection)}), and is listed as not checked otherwise.
 */
public final class ValidationContext {

    private static final ValidationContext EMPTY = new ValidationContext(null, null);

    private final Function<String, Optional<Agreement>> lookup;
    private final List<Agreement> records;

    private ValidationContext(Function<String, Optional<Agreement>> lookup, List<Agreement> records) {
        this.lookup = lookup;
        this.records = records;
    }

    /** @return a context with no agreements and no lookup */
    public static ValidationContext empty() {
        return EMPTY;
    }

    /**
     * Returns a context holding agreement records: they are looked up by id and are the records an
     * annual report is checked against.
     *
     * @param agreements the records, not null
     * @return the context
     * @throws IllegalArgumentException if two records have the same id; the message names it
     */
    public static ValidationContext of(Collection<Agreement> agreements) {
        Objects.requireNonNull(agreements, "agreements");
        Map<String, Agreement> byId = new LinkedHashMap<>();
        for (Agreement a : agreements) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("Two agreement records have the id " + a.id());
            }
        }
        Map<String, Agreement> frozen = Collections.unmodifiableMap(byId);
        return new ValidationContext(id -> Optional.ofNullable(frozen.get(id)), List.copyOf(agreements));
    }

    /**
     * Returns a context that looks agreements up with a function, such as a query of the caller's
     * records. Annual reports are then not checked against records (ANR-003).
     *
     * @param lookup agreement id to agreement; must not return null, not null
     * @return the context
     */
    public static ValidationContext withAgreementLookup(Function<String, Optional<Agreement>> lookup) {
        return new ValidationContext(Objects.requireNonNull(lookup, "lookup"), null);
    }

    /** @return true when agreements can be looked up */
    public boolean hasAgreementLookup() {
        return lookup != null;
    }

    /**
     * Looks an agreement up.
     *
     * @param id the agreement id, not null
     * @return the agreement; empty when unknown or when there is no lookup
     */
    public Optional<Agreement> agreement(String id) {
        Objects.requireNonNull(id, "id");
        return lookup == null ? Optional.empty() : Objects.requireNonNull(lookup.apply(id), "lookup result");
    }

    /** @return the agreement records, when they were given */
    public Optional<List<Agreement>> agreementRecords() {
        return Optional.ofNullable(records);
    }
}
