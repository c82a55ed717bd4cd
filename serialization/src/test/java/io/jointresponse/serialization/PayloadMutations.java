package io.jointresponse.serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of a document's tree, at any depth: a property removed, a value replaced by
 * one of the values integration teams get wrong, an unknown property added, a text rewritten in
 * another notation. The same seed gives the same mutation, so a failure can be replayed.
 */
final class PayloadMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The kinds of change, each described for the figures and for failure messages. */
    enum Kind {
        /** A property of an object removed. */
        REMOVED("property removed"),
        /** A value set to a number. */
        NUMBER("set to a number"),
        /** A value set to a word. */
        WORD("set to a word"),
        /** A value set to {@code true}. */
        TRUE("set to true"),
        /** A value set to {@code null}. */
        NULL("set to null"),
        /** A value set to the empty string. */
        EMPTY_STRING("set to \"\""),
        /** A value set to {@code -1}. */
        MINUS_ONE("set to -1"),
        /** A value set to an empty array. */
        EMPTY_ARRAY("set to []"),
        /** A value set to a day that does not exist, in the layout of the value it replaces. */
        IMPOSSIBLE_DATE("set to an impossible date"),
        /** An unknown property added to an object. */
        UNKNOWN_PROPERTY("unknown property added"),
        /** A value set to an integer written with a zero fraction, {@code 1.0}. */
        ZERO_FRACTION("set to 1.0"),
        /** A text rewritten in another notation: other digits, spacing, other layouts of a date. */
        OTHER_NOTATION("text in another notation");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** @return what the change does */
        String description() {
            return description;
        }
    }

    /**
     * One mutated payload.
     *
     * @param kind the kind of change
     * @param pointer where the change was made
     * @param tree the mutated document
     * @param detail the value put in, or the property removed or added
     */
    record Mutation(Kind kind, String pointer, JsonNode tree, String detail) {
        @Override
        public String toString() {
            return kind.description() + " at " + (pointer.isEmpty() ? "the root" : pointer) + " (" + detail + ")";
        }
    }

    /** A place in a tree: its container, and the property name or index there. */
    private record Place(JsonNode container, String name, int index, String pointer) {
        JsonNode value() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private PayloadMutations() {}

    /**
     * Applies one change of a kind at a place drawn from the random source.
     *
     * @param document the document's tree, not changed, not null
     * @param kind the kind of change, not null
     * @param random the source of choices, not null
     * @return the mutation
     */
    static Mutation mutate(JsonNode document, Kind kind, SplittableRandom random) {
        JsonNode tree = document.deepCopy();
        List<Place> values = new ArrayList<>();
        List<ObjectNode> objects = new ArrayList<>();
        List<String> objectPointers = new ArrayList<>();
        collect(tree, "", values, objects, objectPointers);
        switch (kind) {
            case REMOVED: {
                List<Place> members = values.stream().filter(p -> p.name() != null).toList();
                Place place = members.get(random.nextInt(members.size()));
                ((ObjectNode) place.container()).remove(place.name());
                return new Mutation(kind, place.pointer(), tree, "removed");
            }
            case UNKNOWN_PROPERTY: {
                int i = random.nextInt(objects.size());
                objects.get(i).put("unexpectedProperty", "x");
                return new Mutation(kind, objectPointers.get(i) + "/unexpectedProperty", tree, "\"x\"");
            }
            case OTHER_NOTATION: {
                List<Place> texts = values.stream().filter(p -> p.value().isString()).toList();
                for (int attempt = 0; attempt < 20; attempt++) {
                    Place place = texts.get(random.nextInt(texts.size()));
                    String before = place.value().stringValue();
                    String after = Notations.rewrite(before, random);
                    if (!after.equals(before)) {
                        place.set(NODES.stringNode(after));
                        return new Mutation(kind, place.pointer(), tree, quote(after));
                    }
                }
                Place place = texts.get(random.nextInt(texts.size()));
                place.set(NODES.stringNode(place.value().stringValue() + " "));
                return new Mutation(kind, place.pointer(), tree, "a space appended");
            }
            default: {
                Place place = values.get(random.nextInt(values.size()));
                JsonNode replacement = replacement(kind, place.value(), random);
                place.set(replacement);
                return new Mutation(kind, place.pointer(), tree, replacement.toString());
            }
        }
    }

    private static JsonNode replacement(Kind kind, JsonNode original, SplittableRandom random) {
        switch (kind) {
            case NUMBER:
                return NODES.numberNode(42);
            case WORD:
                return NODES.stringNode("zzz");
            case TRUE:
                return NODES.booleanNode(true);
            case NULL:
                return NODES.nullNode();
            case EMPTY_STRING:
                return NODES.stringNode("");
            case MINUS_ONE:
                return NODES.numberNode(-1);
            case EMPTY_ARRAY:
                return NODES.arrayNode();
            case ZERO_FRACTION:
                return NODES.numberNode(1.0);
            case IMPOSSIBLE_DATE:
                return NODES.stringNode(impossibleDate(original, random));
            default:
                throw new IllegalArgumentException("Not a replacement: " + kind);
        }
    }

    /** A day that does not exist, written like the value it replaces when that is a date. */
    private static String impossibleDate(JsonNode original, SplittableRandom random) {
        String text = original.isString() ? original.stringValue() : "";
        List<String> candidates;
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            candidates = List.of("2024-02-30T10:00:00+09:00", "2023-02-29T10:00:00Z", "2024-04-31T10:00:00.5+09:00");
        } else if (text.contains("まで")) {
            candidates = List.of("5年(令和6年2月30日まで)", "一種(平成31年4月31日まで)", "3年(令和5年2月29日まで)");
        } else if (text.matches(".*[年月日].*")) {
            candidates = List.of("令和6年2月30日", "平成31年4月31日", "令和5年2月29日", "明治5年12月3日", "令和6年13月1日");
        } else {
            candidates = List.of("2024-02-30", "2023-02-29", "2024-06-31", "2024-13-01");
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static void collect(JsonNode node, String pointer, List<Place> values, List<ObjectNode> objects,
            List<String> objectPointers) {
        if (node.isObject()) {
            objects.add((ObjectNode) node);
            objectPointers.add(pointer);
            for (String name : node.propertyNames()) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                values.add(new Place(node, name, -1, at));
                collect(node.get(name), at, values, objects, objectPointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = pointer + "/" + i;
                values.add(new Place(node, null, i, at));
                collect(node.get(i), at, values, objects, objectPointers);
            }
        }
    }

    private static String quote(String text) {
        return NODES.stringNode(text).toString();
    }

    /**
     * Rewrites of a text in the notations the wire format's parsers are documented to read, and in
     * some they refuse: full-width digits, kanji numerals, spacing, an era sign, other layouts of an
     * ISO date or date-time.
     */
    static final class Notations {

        private static final String KANJI = "〇一二三四五六七八九";

        private static final List<UnaryOperator<String>> REWRITES = List.of(
                s -> s.replaceAll("(\\d{2}:\\d{2}):00(?=[Z+-])", "$1"),
                s -> s.replaceAll("([+-]\\d{2}):00$", "$1"),
                s -> s.replaceAll("([+-]\\d{2}):(\\d{2})$", "$1$2"),
                s -> s.replaceAll("([+-]\\d{2}:\\d{2})$", "$1:00"),
                s -> s.replace('T', 't').replace('Z', 'z'),
                s -> s.replaceAll("(:\\d{2})(?=[Z+-])", "$1.000"),
                s -> s.replaceAll("(:\\d{2})(?=[Z+-])", "$1."),
                s -> s.replaceAll("(:\\d{2})(?=[Z+-])", "$1.1234567891"),
                s -> s.replaceAll("T(\\d{2}:\\d{2}:\\d{2})", " $1"),
                s -> s.replaceAll("^(\\d{4})-", "+0$1-"),
                s -> s.replaceAll("^(\\d{4})-", "+1$1-"),
                s -> s.replaceAll("^(\\d{4})-", "-$1-"),
                s -> s.replaceAll("^\\d{4}-\\d{2}-\\d{2}", "2024-02-29"),
                s -> s.replaceAll("^\\d{4}-\\d{2}-\\d{2}", "2100-02-29"),
                s -> s.replaceAll("^\\d{4}-\\d{2}-\\d{2}", "2000-02-29"),
                s -> s.replaceAll("^(\\d{4})-(\\d{2})-(\\d{2})", "$1-$2-31"),
                s -> s.replaceAll("^(\\d{4})-(\\d{2})-(\\d{2})", "$1-$2-00"),
                s -> s.replaceAll("T\\d{2}", "T24"),
                Notations::fullWidthDigits,
                Notations::kanjiNumerals,
                Notations::kanjiDigitByDigit,
                s -> s.replaceAll("(\\d+)", "0$1"),
                s -> s.replace("年", " 年 ").replace("月", "\u3000月"),
                s -> s.replace("平成", "㍻").replace("令和", "㋿").replace("昭和", "㍼"),
                s -> s.replace("平成", "平 成"),
                s -> s.replace("令和", "R"),
                s -> s.replace("平成", "慶応"),
                s -> s.replaceAll("(\\d+)月", "2月").replaceAll("月(\\d+)日", "月29日"),
                s -> s.replaceAll("月(\\d+)日", "月31日"),
                s -> s.replaceAll("(\\p{IsHan}+)年", "$1元年"),
                s -> s.replaceAll("^(\\p{IsHan}{2})\\d+年", "$1元年"),
                s -> s.replaceAll("^(\\p{IsHan}{2})\\d+年", "$1999999999年"),
                s -> s.replaceAll("^(\\p{IsHan}{2})\\d+年", "$10年"),
                s -> s.replaceAll("^(\\p{IsHan}{2})\\d+年", "明治5年"),
                s -> s.replaceAll("第(\\d+)号", "第〇$1号"),
                s -> s.replaceAll("第(\\d+)号", "第0号"),
                s -> s.replaceAll("第(\\d+)号", "第1234567890号"),
                s -> s.replace("警察庁", "警察庁丁"),
                s -> s.replace("警察庁", ""),
                s -> s.replace("丁", "戊"),
                s -> s.replaceAll("([甲乙丙丁])(\\p{IsHan}+)発", "$1$2情報技術発"),
                s -> s.replaceAll("([甲乙丙丁])(\\p{IsHan}+)発", "$1ケイ発"),
                s -> s.replaceAll("([甲乙丙丁])(\\p{IsHan}+)発", "$1けい発"),
                s -> s.replace("発第", "発 第"),
                s -> s.replace("(", "（").replace(")", "）"),
                s -> s.replace("まで", "迄"),
                s -> s.replace("一種", "一〇種"),
                s -> s.replace("種", "類"),
                s -> s.replaceAll("^(\\d+)年", "$1$1$1$1年"),
                s -> s.replaceAll("^(\\d+)年", "0年"),
                s -> " " + s + "\t",
                s -> s + "\n",
                s -> s.replace("日", "日\r\n"));

        private Notations() {}

        /**
         * Rewrites a text with one of the rewrites, drawn at random; it may leave the text unchanged
         * when the rewrite does not apply to it.
         */
        static String rewrite(String text, SplittableRandom random) {
            return REWRITES.get(random.nextInt(REWRITES.size())).apply(text);
        }

        private static String fullWidthDigits(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.chars().forEach(c -> sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
            return sb.toString();
        }

        private static String kanjiDigitByDigit(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.chars().forEach(c -> sb.append(c >= '0' && c <= '9' ? KANJI.charAt(c - '0') : (char) c));
            return sb.toString();
        }

        /** Writes each run of up to three digits in kanji with the places 十 and 百. */
        private static String kanjiNumerals(String s) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{1,3}").matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group());
                m.appendReplacement(sb, n == 0 ? "〇" : places(n));
            }
            return m.appendTail(sb).toString();
        }

        private static String places(int n) {
            StringBuilder sb = new StringBuilder();
            int hundreds = n / 100;
            int tens = n / 10 % 10;
            if (hundreds > 0) {
                sb.append(hundreds > 1 ? String.valueOf(KANJI.charAt(hundreds)) : "").append('百');
            }
            if (tens > 0) {
                sb.append(tens > 1 ? String.valueOf(KANJI.charAt(tens)) : "").append('十');
            }
            if (n % 10 > 0) {
                sb.append(KANJI.charAt(n % 10));
            }
            return sb.toString();
        }
    }
}
