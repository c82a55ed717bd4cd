package io.jointresponse.cli;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeNumbers;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.core.notice.Validity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the successor notices a user registers with {@code validate --notices FILE}: a JSON array of
 * objects, each a notice that continues notice 217 or 185 (or another of the file) after it lapsed,
 * its values written as the notice prints them:
 *
 * <pre>{@code
 * [ { "numbers": "警察庁丁サ企発第1号、丁備企発第2号", "issuedOn": "令和6年3月29日",
 *     "validity": "一種(令和11年3月31日まで)", "continues": "警察庁丁情対発第217号",
 *     "title": "…(optional)" } ]
 * }</pre>
 */
final class SuccessorNoticeFile {

    private static final Set<String> PROPERTIES = Set.of("numbers", "issuedOn", "validity", "continues", "title");
    private static final long MAX_BYTES = 1 << 20;

    private SuccessorNoticeFile() {}

    /**
     * Reads the file.
     *
     * @param file the file, not null
     * @return the successors, in file order
     * @throws IllegalArgumentException with a message that names the file, the entry and the property
     *     when the file cannot be read or an entry is not a successor notice
     */
    static List<SuccessorNotice> read(Path file) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + ": a notices file is at most 1 MiB");
            }
            root = JsonMapper.builder().build().readTree(Files.readAllBytes(file));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON (" + firstLine(e.getMessage()) + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of successor notices");
        }
        List<SuccessorNotice> notices = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            notices.add(entry(file, i, root.get(i)));
        }
        return notices;
    }

    private static SuccessorNotice entry(Path file, int index, JsonNode e) {
        String at = file + ": entry " + index;
        if (!e.isObject()) {
            throw new IllegalArgumentException(at + ": expected an object with numbers, issuedOn, validity and continues");
        }
        for (String name : e.propertyNames()) {
            if (!PROPERTIES.contains(name)) {
                throw new IllegalArgumentException(at + ": unknown property \"" + name + "\"; expected " + PROPERTIES);
            }
        }
        try {
            SuccessorNotice.Builder b = SuccessorNotice.builder()
                    .numbers(NoticeNumbers.parse(text(e, "numbers", at)))
                    .issuedOn(JapaneseDate.parse(text(e, "issuedOn", at)))
                    .validity(Validity.parse(text(e, "validity", at)))
                    .continues(NoticeNumber.parse(text(e, "continues", at)));
            if (e.has("title")) {
                b.title(text(e, "title", at));
            }
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new IllegalArgumentException(at + ": " + ex.getMessage(), ex);
        }
    }

    private static String text(JsonNode e, String name, String at) {
        JsonNode v = e.get(name);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException(at + ": \"" + name + "\" must be a string");
        }
        return v.stringValue();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
