package io.jointresponse.core.sample;

import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A small model, in a package under {@code io.jointresponse.core}, whose attributes hold every shape
 * the classification walk must handle, classified and not: texts, optionals, lists, sets, maps with
 * enum and text keys, nested models, and values it cannot empty. The real model has no classified set
 * or map yet; the walk must still treat them right when it gets one. The sanitiser copies a model
 * with its builder, as it does the real model.
 */
public final class SampleModel {

    private SampleModel() {}

    /** A model interface that an enum implements: an enum is a value, never a model. */
    public interface Labelled {
        String label();
    }

    /** A key of a map. */
    public enum Key implements Labelled {
        FIRST;

        @Override
        public String label() {
            return "first";
        }
    }

    /**
     * A model with one attribute of each shape, built as the model's types are: an abstract type
     * with {@code builder()}, whose builder copies one with {@code from} and has a setter for each
     * attribute.
     */
    public abstract static class Sample {
        public abstract String id();

        @BusinessIdentifying
        public abstract String name();

        @PersonalData
        public abstract Optional<String> nickname();

        @PersonalData
        public abstract Set<String> aliases();

        @PersonalData
        public abstract Map<String, String> phones();

        @PersonalData
        public abstract List<Part> parts();

        public abstract String note();

        public abstract Set<String> tags();

        public abstract Map<Object, String> notes();

        public abstract Optional<Part> part();

        public abstract List<Part> others();

        public abstract Integer count();

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link SampleValue}. */
        public static final class Builder {
            private Object[] values = new Object[12];

            public Builder from(Sample s) {
                values = new Object[] {s.id(), s.name(), s.nickname(), s.aliases(), s.phones(), s.parts(), s.note(), s.tags(),
                    s.notes(), s.part(), s.others(), s.count()};
                return this;
            }

            public Builder name(String value) {
                values[1] = value;
                return this;
            }

            /** Not a setter: two parameters. */
            public Builder name(String value, String other) {
                throw new UnsupportedOperationException(value + other);
            }

            public Builder nickname(Optional<String> value) {
                values[2] = value;
                return this;
            }

            public Builder aliases(Set<String> value) {
                values[3] = value;
                return this;
            }

            public Builder phones(Map<String, String> value) {
                values[4] = value;
                return this;
            }

            public Builder parts(List<Part> value) {
                values[5] = value;
                return this;
            }

            /** A setter of an array, which no replacement is. */
            public Builder note(String... value) {
                throw new UnsupportedOperationException(String.join("", value));
            }

            public Builder note(String value) {
                values[6] = value;
                return this;
            }

            public Builder tags(Set<String> value) {
                values[7] = value;
                return this;
            }

            public Builder notes(Map<Object, String> value) {
                values[8] = value;
                return this;
            }

            public Builder part(Optional<Part> value) {
                values[9] = value;
                return this;
            }

            public Builder others(List<Part> value) {
                values[10] = value;
                return this;
            }

            @SuppressWarnings("unchecked")
            public SampleValue build() {
                return new SampleValue((String) values[0], (String) values[1], (Optional<String>) values[2], (Set<String>) values[3],
                        (Map<String, String>) values[4], (List<Part>) values[5], (String) values[6], (Set<String>) values[7],
                        (Map<Object, String>) values[8], (Optional<Part>) values[9], (List<Part>) values[10], (Integer) values[11]);
            }
        }
    }

    /** A nested model with one classified attribute, and a model nested in it. */
    public abstract static class Part {
        public abstract String label();

        @PersonalData
        public abstract Optional<String> secret();

        public abstract Optional<Detail> detail();

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link PartValue}. */
        public static final class Builder {
            private String label;
            private Optional<String> secret;
            private Optional<Detail> detail;

            public Builder from(Part part) {
                label = part.label();
                secret = part.secret();
                detail = part.detail();
                return this;
            }

            public Builder label(String value) {
                label = value;
                return this;
            }

            public Builder secret(Optional<String> value) {
                secret = value;
                return this;
            }

            public Builder detail(Optional<Detail> value) {
                detail = value;
                return this;
            }

            public PartValue build() {
                return new PartValue(label, secret, detail);
            }
        }
    }

    /** A value of {@link Part}. */
    public static final class PartValue extends Part {
        private final String label;
        private final Optional<String> secret;
        private final Optional<Detail> detail;

        public PartValue(String label, Optional<String> secret, Optional<Detail> detail) {
            this.label = label;
            this.secret = secret;
            this.detail = detail;
        }

        public PartValue(String label, Optional<String> secret) {
            this(label, secret, Optional.empty());
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Optional<String> secret() {
            return secret;
        }

        @Override
        public Optional<Detail> detail() {
            return detail;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PartValue p && label.equals(p.label) && secret.equals(p.secret) && detail.equals(p.detail);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, secret, detail);
        }

        @Override
        public String toString() {
            return "PartValue[" + label + ", " + secret + ", " + detail + "]";
        }
    }

    /** A model nested in a nested one, with a classified attribute. */
    public abstract static class Detail {
        @PersonalData
        public abstract String code();

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link DetailValue}. */
        public static final class Builder {
            private String code;

            public Builder from(Detail detail) {
                code = detail.code();
                return this;
            }

            public Builder code(String value) {
                code = value;
                return this;
            }

            public DetailValue build() {
                return new DetailValue(code);
            }
        }
    }

    /** A value of {@link Detail}. */
    public static final class DetailValue extends Detail {
        private final String code;

        public DetailValue(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DetailValue d && code.equals(d.code);
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }
    }

    /** A value of {@link Sample}. */
    public static final class SampleValue extends Sample {
        private final String id;
        private final String name;
        private final Optional<String> nickname;
        private final Set<String> aliases;
        private final Map<String, String> phones;
        private final List<Part> parts;
        private final String note;
        private final Set<String> tags;
        private final Map<Object, String> notes;
        private final Optional<Part> part;
        private final List<Part> others;
        private final Integer count;

        public SampleValue(String id, String name, Optional<String> nickname, Set<String> aliases, Map<String, String> phones,
                List<Part> parts, String note, Set<String> tags, Map<Object, String> notes, Optional<Part> part, List<Part> others,
                Integer count) {
            this.id = id;
            this.name = name;
            this.nickname = nickname;
            this.aliases = aliases;
            this.phones = phones;
            this.parts = parts;
            this.note = note;
            this.tags = tags;
            this.notes = notes;
            this.part = part;
            this.others = others;
            this.count = count;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<String> nickname() {
            return nickname;
        }

        @Override
        public Set<String> aliases() {
            return aliases;
        }

        @Override
        public Map<String, String> phones() {
            return phones;
        }

        @Override
        public List<Part> parts() {
            return parts;
        }

        @Override
        public String note() {
            return note;
        }

        @Override
        public Set<String> tags() {
            return tags;
        }

        @Override
        public Map<Object, String> notes() {
            return notes;
        }

        @Override
        public Optional<Part> part() {
            return part;
        }

        @Override
        public List<Part> others() {
            return others;
        }

        @Override
        public Integer count() {
            return count;
        }
    }

    /** A model whose classified attribute holds a number, which cannot be emptied. */
    public interface Odd {
        @PersonalData
        Integer code();
    }

    /** A value of {@link Odd}. */
    public record OddValue(Integer code) implements Odd {}

    /** A model whose attribute fails when read. */
    public interface Failing {
        String broken();
    }

    /** A value of {@link Failing}. */
    public record FailingValue() implements Failing {
        @Override
        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** A model without a builder to copy it with. */
    public abstract static class Fixed {
        @PersonalData
        public abstract Optional<String> secret();
    }

    /** A value of {@link Fixed}, which cannot be copied. */
    public static final class FixedValue extends Fixed {
        private final Optional<String> secret;

        public FixedValue(Optional<String> secret) {
            this.secret = secret;
        }

        @Override
        public Optional<String> secret() {
            return secret;
        }
    }

    /** A model interface an abstract model type implements. */
    public interface Tagged {
        String tag();
    }

    /** An abstract model type with a supertype of the model. */
    public abstract static class Root {
        public abstract String rootAttribute();
    }

    /**
     * An abstract model type with every kind of method an attribute is not: static, final (derived),
     * not public, with an argument, without a value; and an interface from outside the model.
     */
    public abstract static class Base extends Root implements Tagged, Supplier<String> {
        public abstract String alpha();

        public final String derived() {
            return alpha() + "!";
        }

        public static String helper() {
            return "help";
        }

        abstract String hidden();

        public abstract String withArgument(String argument);

        public abstract void touch();
    }

    /** A value of {@link Base}; its own public methods are not attributes. */
    public static final class BaseValue extends Base {
        @Override
        public String alpha() {
            return "a";
        }

        @Override
        public String rootAttribute() {
            return "r";
        }

        @Override
        public String tag() {
            return "t";
        }

        @Override
        public String get() {
            return "g";
        }

        @Override
        String hidden() {
            return "h";
        }

        @Override
        public String withArgument(String argument) {
            return argument;
        }

        @Override
        public void touch() {
            // Nothing to do: it exists to have no value.
        }

        public String extra() {
            return "x";
        }
    }
}
