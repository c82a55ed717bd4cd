package io.jointresponse.serialization;

import com.networknt.schema.Error;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.SchemaDifferentialTest.Judgement;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The places where the published JSON Schemas and the library's reader are allowed to disagree on
 * the structure of a payload, because JSON Schema cannot express the reader's check (or a schema
 * validator never sees what the reader checks). Each is listed, by its id, in
 * {@code serialization/README.md}; the differential test accepts a disagreement only when one of
 * these predicates recognises it.
 */
enum DocumentedDifference {

    /**
     * A property name repeated in one object: RFC 8259 leaves its meaning open, most JSON parsers
     * keep the last value, and a validator judges that; the reader refuses the text.
     */
    DUPLICATE_PROPERTY_NAME(j -> j.readerHas(WireRules.JSON_SYNTAX) && j.tree() != null && !j.schemaRejects()
            && j.hasDuplicateNames()),

    /**
     * A payload beyond the reader's limits (size, depth, string, number and name lengths, tokens):
     * JSON Schema judges a value, not its text or size.
     */
    BEYOND_LIMITS(j -> j.readerHas(WireRules.JSON_LIMIT) && !j.schemaRejects()),

    /**
     * An integer written with a zero fraction or an exponent ({@code 1.0}, {@code 1e1}): JSON Schema
     * counts it an integer, the reader wants the integer itself.
     */
    INTEGER_WITH_FRACTION(j -> j.readerRejects() && !j.schemaRejects()
            && j.structuralFindings().stream().allMatch(f -> WireRules.SHAPE_TYPE.equals(f.ruleId())
                    && isIntegralDecimal(j.at(f)))),

    /**
     * 29 February of a Japanese-calendar year ({@code 令和5年2月29日}): whether the day exists
     * depends on the Gregorian year (the era's first year − 1 + the year of the era, written in
     * digits or kanji numerals), which the schema's pattern does not compute; it accepts 2月29日 in
     * every year, the reader only in leap years.
     */
    JAPANESE_LEAP_DAY(j -> j.readerRejects() && !j.schemaRejects()
            && j.structuralFindings().stream().allMatch(f -> WireRules.SHAPE_TYPE.equals(f.ruleId())
                    && j.at(f) != null && j.at(f).isString() && namesLeapDay(j.at(f).stringValue()))),

    /**
     * With formats asserted, a date or date-time the reader reads (ISO 8601 as {@code java.time}
     * reads it) that RFC 3339 does not allow: no seconds ({@code 2024-05-01T09:30+09:00}), an offset
     * of hours only or with seconds ({@code +09}, {@code +09:00:30}), a point without fraction, a
     * year before 0000 or after 9999 ({@code +10000-01-01}). The patterns accept them, as the reader
     * does; the formats refuse them.
     */
    FORMAT_STRICTER_THAN_READER(j -> j.mode() == SchemaDifferentialTest.Mode.FORMATS_ASSERTED && !j.readerRejects()
            && j.schemaRejects() && j.tree() != null
            && SchemaDifferentialTest.Mode.FORMATS_AS_ANNOTATIONS.schema(j.kind()).validate(j.tree()).isEmpty()),

    /**
     * Text of a notice header that the reader reads only after Unicode NFKC turns one character into
     * several, or joins characters into one ({@code ㋃} for {@code 4月}, {@code ㏠} for {@code 1日},
     * a combining voiced mark), or that holds characters beyond U+FFFF (CJK Extension B and later):
     * the patterns take each character by itself, within the Basic Multilingual Plane, and refuse
     * them.
     */
    NORMALISED_BEYOND_ONE_CHARACTER(j -> !j.readerRejects() && j.schemaRejects()
            && j.schemaErrors().stream().allMatch(e -> "pattern".equals(e.getKeyword())
                    && e.getInstanceNode() != null && e.getInstanceNode().isString()
                    && changesBeyondOneCharacter(e.getInstanceNode().stringValue())));

    private static final Pattern LEAP_DAY = Pattern.compile(
            "(^|[^0-9〇一二三四五六七八九十百○◯])(0*2|[〇○◯]*二)月(0*29|[〇○◯]*二九|二十九)日");

    private final Predicate<Judgement> recognises;

    DocumentedDifference(Predicate<Judgement> recognises) {
        this.recognises = recognises;
    }

    /**
     * Tells whether a disagreement is this documented difference.
     *
     * @param judgement both verdicts on one payload, which disagree, not null
     * @return true when this difference explains the disagreement
     */
    boolean recognises(Judgement judgement) {
        return recognises.test(judgement);
    }

    /**
     * Finds the documented difference that explains a disagreement.
     *
     * @param judgement both verdicts on one payload, not null
     * @return the difference, or null when none explains it
     */
    static DocumentedDifference explaining(Judgement judgement) {
        for (DocumentedDifference d : values()) {
            if (d.recognises(judgement)) {
                return d;
            }
        }
        return null;
    }

    private static boolean isIntegralDecimal(JsonNode node) {
        return node != null && node.isFloatingPointNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    /** @return true when the text, read as the notice parsers read it, names 29 February */
    static boolean namesLeapDay(String text) {
        return LEAP_DAY.matcher(compact(text)).find();
    }

    /** True when a character of the text becomes several, or joins another, under NFKC, or is beyond U+FFFF. */
    static boolean changesBeyondOneCharacter(String text) {
        if (text.codePoints().anyMatch(c -> c > 0xFFFF || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            String one = compact(String.valueOf(text.charAt(i)));
            if (one.length() > 1 || one.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return !compact(text).equals(compactEachCharacter(text));
    }

    private static String compactEachCharacter(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(compact(String.valueOf((char) c))));
        return sb.toString();
    }

    /** The text as the notice parsers see it: NFKC, without spacing. */
    private static String compact(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    /** @return the ids of the findings, for messages */
    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    /** @return the keywords and places of the errors, for messages */
    static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> e.getKeyword() + " " + e.getInstanceLocation()).toList();
    }
}
