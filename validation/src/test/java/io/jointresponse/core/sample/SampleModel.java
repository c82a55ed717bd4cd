package io.jointresponse.core.sample;

import io.jointresponse.core.privacy.BusinessIdentifying;
import io.jointresponse.core.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A small model, in a package under {@code io.jointresponse.core}, whose attributes hold every shape
 * the classification walk must handle, classified and not: texts, optionals, lists, sets, maps with
 * enum and text keys, nested models, and values it cannot empty. The real model has no classified set
 * or map yet; the walk must still treat them right when it gets one.
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

    /** A model with one attribute of each shape. */
    public interface Sample {
        String id();

        @BusinessIdentifying
        String name();

        @PersonalData
        Optional<String> nickname();

        @PersonalData
        Set<String> aliases();

        @PersonalData
        Map<String, String> phones();

        @PersonalData
        List<Part> parts();

        String note();

        Set<String> tags();

        Map<Object, String> notes();

        Optional<Part> part();

        List<Part> others();

        Integer count();
    }

    /** A nested model with one classified attribute, and a model nested in it. */
    public interface Part {
        String label();

        @PersonalData
        Optional<String> secret();

        Optional<Detail> detail();
    }

    /** A value of {@link Part}, with copy methods as the model's generated classes have. */
    public record PartValue(String label, Optional<String> secret, Optional<Detail> detail) implements Part {
        public PartValue(String label, Optional<String> secret) {
            this(label, secret, Optional.empty());
        }

        public PartValue withLabel(String value) {
            return new PartValue(value, secret, detail);
        }

        public PartValue withSecret(Optional<String> value) {
            return new PartValue(label, value, detail);
        }

        public PartValue withDetail(Optional<Detail> value) {
            return new PartValue(label, secret, value);
        }
    }

    /** A model nested in a nested one, with a classified attribute. */
    public interface Detail {
        @PersonalData
        String code();
    }

    /** A value of {@link Detail}. */
    public record DetailValue(String code) implements Detail {
        public DetailValue withCode(String value) {
            return new DetailValue(value);
        }
    }

    /** A value of {@link Sample}, with copy methods as the model's generated classes have. */
    public record SampleValue(String id, String name, Optional<String> nickname, Set<String> aliases, Map<String, String> phones,
            List<Part> parts, String note, Set<String> tags, Map<Object, String> notes, Optional<Part> part, List<Part> others,
            Integer count) implements Sample {

        public SampleValue withName(String value) {
            return new SampleValue(id, value, nickname, aliases, phones, parts, note, tags, notes, part, others, count);
        }

        /** Not a copy method: two parameters. */
        public SampleValue withName(String value, String other) {
            throw new UnsupportedOperationException(value + other);
        }

        /** A copy method of an array, which no replacement is. */
        public SampleValue withNote(String... values) {
            throw new UnsupportedOperationException(String.join("", values));
        }

        public SampleValue withNickname(Optional<String> value) {
            return new SampleValue(id, name, value, aliases, phones, parts, note, tags, notes, part, others, count);
        }

        public SampleValue withAliases(Set<String> value) {
            return new SampleValue(id, name, nickname, value, phones, parts, note, tags, notes, part, others, count);
        }

        public SampleValue withPhones(Map<String, String> value) {
            return new SampleValue(id, name, nickname, aliases, value, parts, note, tags, notes, part, others, count);
        }

        public SampleValue withParts(List<Part> value) {
            return new SampleValue(id, name, nickname, aliases, phones, value, note, tags, notes, part, others, count);
        }

        public SampleValue withNote(String value) {
            return new SampleValue(id, name, nickname, aliases, phones, parts, value, tags, notes, part, others, count);
        }

        public SampleValue withTags(Set<String> value) {
            return new SampleValue(id, name, nickname, aliases, phones, parts, note, value, notes, part, others, count);
        }

        public SampleValue withNotes(Map<Object, String> value) {
            return new SampleValue(id, name, nickname, aliases, phones, parts, note, tags, value, part, others, count);
        }

        public SampleValue withPart(Optional<Part> value) {
            return new SampleValue(id, name, nickname, aliases, phones, parts, note, tags, notes, value, others, count);
        }

        public SampleValue withOthers(List<Part> value) {
            return new SampleValue(id, name, nickname, aliases, phones, parts, note, tags, notes, part, value, count);
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

    /** A model without copy methods. */
    public interface Fixed {
        @PersonalData
        Optional<String> secret();
    }

    /** A value of {@link Fixed}, which cannot be copied. */
    public record FixedValue(Optional<String> secret) implements Fixed {}

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
