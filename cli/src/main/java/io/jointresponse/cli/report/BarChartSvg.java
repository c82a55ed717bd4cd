package io.jointresponse.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A minimal SVG horizontal bar chart: a title, then sections of labelled bars, each bar with its
 * value written at its end so that a reader needs no axis to read it.
 */
final class BarChartSvg {

    /** One bar: a label and a non-negative value. */
    record Bar(String label, int value) {}

    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_AREA = 600;
    private static final int BAR_HEIGHT = 20;
    private static final int BAR_GAP = 6;
    private static final int SECTION_GAP = 36;
    private static final int NOTE_HEIGHT = 18;
    private static final String FONT = "'Noto Sans CJK JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif";

    private final String title;
    private final List<String> notes = new ArrayList<>();
    private final List<String> sectionTitles = new ArrayList<>();
    private final List<List<Bar>> sections = new ArrayList<>();

    BarChartSvg(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    BarChartSvg section(String sectionTitle, List<Bar> bars) {
        sectionTitles.add(Objects.requireNonNull(sectionTitle, "sectionTitle"));
        sections.add(List.copyOf(bars));
        return this;
    }

    /** Adds a line under the title that says how the figures were made. */
    BarChartSvg note(String line) {
        notes.add(Objects.requireNonNull(line, "line"));
        return this;
    }

    String render() {
        int top = 60 + notes.size() * NOTE_HEIGHT;
        int height = top;
        for (List<Bar> bars : sections) {
            height += SECTION_GAP + bars.size() * (BAR_HEIGHT + BAR_GAP);
        }
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"").append(FONT).append("\" role=\"img\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(text(16, 32, 20, "bold", "start", title));
        for (int i = 0; i < notes.size(); i++) {
            svg.append(text(16, 56 + i * NOTE_HEIGHT, 12, "normal", "start", notes.get(i)));
        }
        int y = top;
        for (int s = 0; s < sections.size(); s++) {
            y += SECTION_GAP;
            svg.append(text(16, y - 12, 15, "bold", "start", sectionTitles.get(s)));
            List<Bar> bars = sections.get(s);
            int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
            for (Bar bar : bars) {
                int length = max == 0 ? 0 : (int) Math.round((double) Math.max(bar.value(), 0) * BAR_AREA / max);
                int middle = y + BAR_HEIGHT / 2 + 5;
                svg.append(text(LABEL_WIDTH - 8, middle, 13, "normal", "end", bar.label()));
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#2f6db5\"/>%n",
                        LABEL_WIDTH, y, length, BAR_HEIGHT));
                svg.append(text(LABEL_WIDTH + length + 6, middle, 13, "bold", "start", Integer.toString(bar.value())));
                y += BAR_HEIGHT + BAR_GAP;
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String text(int x, int y, int size, String weight, String anchor, String content) {
        return String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"#222222\">%s</text>%n",
                x, y, size, weight, anchor, escape(content));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
