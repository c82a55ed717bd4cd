package io.jointresponse.cli.output;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.AppliedNotice;
import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.RunSummary;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes results for a person: one line per document, with the notices whose rules were applied;
 * one indented line per finding (severity, rule id, pointer, message, and the clause, marked when the
 * rule is one of record integrity) and per rule not checked for want of records (its id, why, and
 * the reason code); and a summary line with the counts.
 */
public final class TextResultWriter implements ResultWriter {

    /** What {@link PrintWriter#println()} ends a line with. */
    private static final String NEWLINE = System.lineSeparator();

    private final PrintWriter out;
    private final boolean japanese;

    /**
     * Creates a writer.
     *
     * @param out where to write, not null
     * @param locale the language of the status words and summary, not null
     */
    public TextResultWriter(PrintWriter out, Locale locale) {
        this.out = out;
        this.japanese = locale.getLanguage().equals("ja");
    }

    /** Writes the lines built ahead; the last through {@code println}, which flushes where the output does so. */
    @Override
    public void write(Rendered rendered) {
        String text = rendered.text();
        out.write(text, 0, text.length() - NEWLINE.length());
        out.println();
    }

    /** Builds the document's lines, each ended as {@code println} ends it. */
    @Override
    public Rendered render(DocumentResult r) {
        StringBuilder text = new StringBuilder(256);
        String status = r.unreadable() ? word("unreadable", "読み取り不能") : r.valid() ? word("valid", "適合") : word("invalid", "不適合");
        text.append(Printable.of(r.source())).append(": ").append(status);
        if (!r.findings().isEmpty()) {
            text.append(japanese
                    ? " (エラー " + r.errors() + ", 警告 " + r.warnings() + ")"
                    : " (" + Counts.of(r.errors(), "error") + ", " + Counts.of(r.warnings(), "warning") + ")");
        }
        if (!r.notChecked().isEmpty()) {
            text.append(japanese ? "、ただし " + r.notChecked().size() + " 件の規則は未検査"
                    : ", but " + Counts.of(r.notChecked().size(), "rule") + " not checked");
        }
        if (!r.notices().isEmpty()) {
            text.append(word(" [notices: ", " [適用した通達: "));
            for (int i = 0; i < r.notices().size(); i++) {
                AppliedNotice n = r.notices().get(i);
                text.append(i == 0 ? "" : word("; ", "; ")).append(n.numbersText());
                if (n.lapsed()) {
                    text.append(word(" (lapsed after ", " (有効期間 ")).append(n.validUntil()).append(word(")", " まで)"));
                }
            }
            text.append(']');
        }
        text.append(NEWLINE);
        // Built by hand rather than with String.format, which would cost more than the rest of a
        // document's output: most documents have a line or two here.
        for (Finding f : r.findings()) {
            String pointer = f.pointer().isRoot() ? "(root)" : f.pointer().toString();
            columns(text, f.severity().name(), f.ruleId()).append(Printable.of(pointer)).append("  ")
                    .append(Printable.of(f.message())).append("  [").append(basis(f)).append(']').append(NEWLINE);
        }
        for (NotChecked n : r.notChecked()) {
            columns(text, "UNCHECKED", n.ruleId()).append(n.message()).append("  (").append(n.reason()).append(')')
                    .append(NEWLINE);
        }
        return new Rendered(r, text.toString());
    }

    /** Appends the start of a finding's line: indented, with the first two columns padded to their widths. */
    private static StringBuilder columns(StringBuilder line, String first, String second) {
        line.append("  ");
        pad(line, first, 7);
        pad(line, second, 13);
        return line;
    }

    /** Appends text, then spaces to the width (none when the text is as wide), then one space. */
    private static void pad(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        line.append(' ');
    }

    @Override
    public void finish(RunSummary s) {
        // Concatenation, not String.format: a formatter loads the JVM's locale data for its digits,
        // a noticeable share of a one-document run.
        String unchecked = s.notFullyChecked() == 0 ? ""
                : japanese ? "; 未検査の規則のある文書 " + s.notFullyChecked() : "; " + s.notFullyChecked() + " with rules not checked";
        if (japanese) {
            out.println("合計 " + s.documents() + " 件: 適合 " + s.valid() + ", 不適合 " + s.invalid() + ", 読み取り不能 "
                    + s.unreadable() + " (エラー " + s.errors() + ", 警告 " + s.warnings() + ")" + unchecked);
        } else {
            out.println(Counts.of(s.documents(), "document") + ": " + s.valid() + " valid, " + s.invalid() + " invalid, "
                    + s.unreadable() + " unreadable (" + Counts.of(s.errors(), "error") + ", "
                    + Counts.of(s.warnings(), "warning") + ")" + unchecked);
        }
        out.flush();
    }

    /** The clause, or for a rule of record integrity the clause it supports, marked as such. */
    private String basis(Finding f) {
        if (f.basis() != Basis.RECORD_INTEGRITY) {
            return f.clause();
        }
        return (japanese ? f.basis().japaneseLabel() : f.basis().englishLabel()) + " (" + f.clause() + ")";
    }

    private String word(String english, String japaneseWord) {
        return japanese ? japaneseWord : english;
    }
}
