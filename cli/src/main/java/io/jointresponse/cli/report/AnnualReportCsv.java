package io.jointresponse.cli.report;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes annual reports as CSV that opens correctly in a Japanese spreadsheet: UTF-8 with a byte
 * order mark (without it, Excel on a Japanese system reads the file as Shift_JIS), CRLF line ends,
 * a Japanese header row, one report a row.
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

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("都道府県コード", "都道府県警察", "年", "基準日"));
        for (Sector s : Sector.values()) {
            h.add(s.currentLabel());
        }
        h.addAll(List.of("締結数合計", "前年末締結数", "年内締結数", "年内解除数", "既存窓口活用数", "セキュリティ関連事業者が実質的な相手方"));
        return h;
    }

    private static List<String> row(AnnualReport r) {
        List<String> cells = new ArrayList<>(List.of(
                r.prefecture().codeText(), r.prefecture().policeName(), Integer.toString(r.year()), r.asOf().toString()));
        for (Sector s : Sector.values()) {
            cells.add(Integer.toString(r.inForceBySector().getOrDefault(s, 0)));
        }
        cells.add(Integer.toString(r.inForceTotal()));
        cells.add(Integer.toString(r.previousYearTotal()));
        cells.add(Integer.toString(r.concludedDuringYear()));
        cells.add(Integer.toString(r.terminatedDuringYear()));
        cells.add(Integer.toString(r.existingChannelArrangements()));
        cells.add(Integer.toString(r.vendorCounterpartPartners()));
        return cells;
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
