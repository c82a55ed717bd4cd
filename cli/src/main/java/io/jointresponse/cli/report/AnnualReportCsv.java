package io.jointresponse.cli.report;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.InstructionSource;
import io.jointresponse.core.annual.ReportItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes annual reports as CSV that opens correctly in a Japanese spreadsheet: UTF-8 with a byte
 * order mark (without it, Excel on a Japanese system reads the file as Shift_JIS), CRLF line ends,
 * a Japanese header row, one report a row.
 *
 * <p>Each header says exactly what its column holds (in force on the count day, concluded in the
 * period, …), and the last column says which instruction the row follows: notice 217, §8 leaves the
 * items, timing and format to a separate instruction, and the library's default is not it. A count
 * the instruction did not ask for is an empty cell.
 */
public final class AnnualReportCsv {

    /** The byte order mark that makes spreadsheets read the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private AnnualReportCsv() {}

    /**
     * Writes the byte order mark, the header row and one row per report.
     *
     * @param reports the reports, in the order to write, not null
     * @param out where to write; the caller encodes it as UTF-8, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<AnnualReport> reports, Appendable out) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        try {
            out.append(BYTE_ORDER_MARK);
            writeRow(out, header());
            for (AnnualReport r : reports) {
                writeRow(out, row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Says which instruction a report follows, in Japanese: the library's default (which is not the
     * notice's), or the NPA's separate instruction with its reference.
     *
     * @param report the report, not null
     * @return the text
     */
    public static String instructionText(AnnualReport report) {
        if (report.instruction().source() == InstructionSource.LIBRARY_DEFAULT) {
            return "集計基準: " + InstructionSource.LIBRARY_DEFAULT.japaneseLabel()
                    + "。暦年・12月31日現在。報告事項、報告時期、報告様式は通達第8項により別途指示される";
        }
        return "集計基準: " + InstructionSource.GIVEN.japaneseLabel()
                + report.instruction().reference().map(r -> "(" + r + ")").orElse("");
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("都道府県コード", "都道府県警察", "期間の種別", "期間の初日", "期間の末日", "基準日"));
        for (Sector s : Sector.values()) {
            h.add(ReportItem.IN_FORCE_BY_SECTOR.japaneseLabel().replace("(業種別)", "") + "・" + s.japaneseLabel());
        }
        for (ReportItem item : List.of(ReportItem.IN_FORCE_TOTAL, ReportItem.IN_FORCE_AT_PERIOD_START, ReportItem.CONCLUDED_IN_PERIOD,
                ReportItem.TERMINATED_IN_PERIOD, ReportItem.EXISTING_CHANNELS, ReportItem.VENDOR_COUNTERPARTS)) {
            h.add(item.japaneseLabel());
        }
        h.add("集計基準");
        return h;
    }

    private static List<String> row(AnnualReport r) {
        List<String> cells = new ArrayList<>(List.of(r.prefecture().codeText(), r.prefecture().policeName(),
                r.period().type().japaneseLabel(), r.period().start().toString(), r.period().end().toString(), r.asOf().toString()));
        for (Sector s : Sector.values()) {
            cells.add(r.inForceBySector().isEmpty() ? "" : Integer.toString(r.inForceBySector().getOrDefault(s, 0)));
        }
        cells.add(cell(r.inForceTotal()));
        cells.add(cell(r.inForceAtPeriodStart()));
        cells.add(cell(r.concludedInPeriod()));
        cells.add(cell(r.terminatedInPeriod()));
        cells.add(cell(r.existingChannelArrangements()));
        cells.add(cell(r.vendorCounterpartPartners()));
        cells.add(instructionText(r));
        return cells;
    }

    private static String cell(Optional<Integer> count) {
        return count.map(String::valueOf).orElse("");
    }

    private static void writeRow(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell as RFC 4180 says, when it holds a comma, a quote or a line break. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
