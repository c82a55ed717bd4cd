package io.jointresponse.cli.output;

import io.jointresponse.core.finding.Finding;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes results for a person: one line per document, one indented line per finding (severity,
 * rule id, pointer, message, clause), and a summary line with the counts.
 */
public final class TextResultWriter implements ResultWriter {

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

    @Override
    public void document(DocumentResult r) {
        String status = r.unreadable() ? word("unreadable", "読み取り不能") : r.valid() ? word("valid", "適合") : word("invalid", "不適合");
        StringBuilder line = new StringBuilder(Printable.of(r.source())).append(": ").append(status);
        if (!r.findings().isEmpty()) {
            line.append(japanese
                    ? " (エラー " + r.errors() + ", 警告 " + r.warnings() + ")"
                    : " (" + Counts.of(r.errors(), "error") + ", " + Counts.of(r.warnings(), "warning") + ")");
        }
        out.println(line);
        for (Finding f : r.findings()) {
            String pointer = f.pointer().isRoot() ? "(root)" : f.pointer().toString();
            out.println(String.format(Locale.ROOT, "  %-7s %-13s %s  %s  [%s]",
                    f.severity(), f.ruleId(), Printable.of(pointer), Printable.of(f.message()), f.clause()));
        }
    }

    @Override
    public void finish(Summary s) {
        if (japanese) {
            out.println(String.format(Locale.ROOT, "合計 %d 件: 適合 %d, 不適合 %d, 読み取り不能 %d (エラー %d, 警告 %d)",
                    s.documents(), s.valid(), s.invalid(), s.unreadable(), s.errors(), s.warnings()));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %d valid, %d invalid, %d unreadable (%s, %s)",
                    Counts.of(s.documents(), "document"), s.valid(), s.invalid(), s.unreadable(),
                    Counts.of(s.errors(), "error"), Counts.of(s.warnings(), "warning")));
        }
        out.flush();
    }

    private String word(String english, String japaneseWord) {
        return japanese ? japaneseWord : english;
    }
}
