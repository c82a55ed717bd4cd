package io.jointresponse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the READMEs (the root one and each module's) compiles against the library,
 * as it stands: with its imports, and with everything it uses declared, as a reader copies it.
 *
 * <p>A snippet is one of three things: a whole source file (it starts with {@code package}),
 * compiled as it is; imports and type declarations, compiled in a package of their own; or imports
 * and statements, compiled as the body of a method that may throw. Nothing is added but that
 * frame, so a snippet that names an undeclared variable, leaves out an import or shows a
 * placeholder fails here, with its README's name and line.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+)*(?:class|record|interface|enum|@interface)\\s+(\\w+)");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum|@interface)\\s+(\\w+)");

    @TempDir
    Path classes;

    /** One Java block of a README: where it starts and its lines. */
    record Snippet(Path readme, int firstLine, List<String> lines) {

        String where(long line) {
            return ROOT.relativize(readme).toString().replace('\\', '/') + ":" + line;
        }
    }

    /** A snippet as a source file, and the README line of each of its lines (0 for the frame). */
    record Source(Snippet snippet, String path, String text, int[] readmeLines) {}

    @Test
    void everyJavaSnippetOfTheReadmesCompiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("Java snippets found in the READMEs").hasSizeGreaterThanOrEqualTo(8);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            sources.add(source(snippets.get(i), "readme.snippet" + i));
        }

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, Source> units = new LinkedHashMap<>();
        for (Source s : sources) {
            units.put(new SimpleJavaFileObject(URI.create("string:///" + s.path()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return s.text();
                }
            }, s);
        }
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            compiled = javac.getTask(null, files, diagnostics, options, null, units.keySet()).call();
        }

        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            Source s = units.get(d.getSource());
            String where = s == null || d.getLineNumber() < 1 ? String.valueOf(d.getSource())
                    : s.snippet().where(s.readmeLines()[(int) d.getLineNumber() - 1]);
            problems.add(where + ": " + d.getKind() + ": " + d.getMessage(Locale.ENGLISH));
        }
        assertThat(problems).as("what javac says about the READMEs' snippets").isEmpty();
        assertThat(compiled).isTrue();
    }

    @Test
    void noJavaSnippetHoldsAPlaceholder() throws IOException {
        for (Snippet s : snippets()) {
            for (int i = 0; i < s.lines().size(); i++) {
                assertThat(s.lines().get(i)).as("%s", s.where(s.firstLine() + i)).doesNotContain("…").doesNotContain("...");
            }
        }
    }

    /** The Java blocks of the root README and of every README below it, build output aside. */
    static List<Snippet> snippets() throws IOException {
        List<Path> readmes = new ArrayList<>();
        readmes.add(ROOT.resolve("README.md"));
        for (Path module : sourceDirectories(ROOT)) {
            readmes.add(module.resolve("README.md"));
            readmes.addAll(sourceDirectories(module).stream().map(d -> d.resolve("README.md")).toList());
        }
        readmes.removeIf(p -> !Files.isRegularFile(p));
        assertThat(readmes).as("README files").contains(ROOT.resolve("README.md"));
        List<Snippet> snippets = new ArrayList<>();
        for (Path readme : readmes) {
            List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("```java")) {
                    int start = i + 1;
                    int end = start;
                    while (end < lines.size() && !lines.get(end).equals("```")) {
                        end++;
                    }
                    assertThat(end).as("the end of the Java block at %s:%d", readme, start).isLessThan(lines.size());
                    snippets.add(new Snippet(readme, start + 1, List.copyOf(lines.subList(start, end))));
                    i = end;
                }
            }
        }
        return snippets;
    }

    /** The directories in a directory, but for build output and hidden ones, in name order. */
    private static List<Path> sourceDirectories(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals("target") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Frames a snippet as a source file of its own package. */
    static Source source(Snippet snippet, String pkg) {
        List<String> lines = snippet.lines();
        List<String> text = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        boolean wholeFile = lines.stream().anyMatch(l -> l.startsWith("package "));
        if (wholeFile) {
            for (int i = 0; i < lines.size(); i++) {
                text.add(lines.get(i));
                origin.add(snippet.firstLine() + i);
            }
            String pkgOfFile = lines.stream().filter(l -> l.startsWith("package ")).findFirst().orElseThrow()
                    .substring("package ".length()).replace(";", "").trim();
            return finish(snippet, pkgOfFile.replace('.', '/') + "/" + fileName(lines), text, origin);
        }
        text.add("package " + pkg + ";");
        origin.add(0);
        int body = 0;
        while (body < lines.size() && (lines.get(body).startsWith("import ") || lines.get(body).isBlank())) {
            text.add(lines.get(body));
            origin.add(snippet.firstLine() + body);
            body++;
        }
        boolean declarations = lines.subList(body, lines.size()).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("/*") && !l.startsWith("*") && !l.startsWith("@"))
                .findFirst()
                .map(l -> TYPE.matcher(l).find())
                .orElse(false);
        if (!declarations) {
            text.add("class Snippet { void run() throws Exception {");
            origin.add(0);
        }
        for (int i = body; i < lines.size(); i++) {
            text.add(lines.get(i));
            origin.add(snippet.firstLine() + i);
        }
        if (!declarations) {
            text.add("} }");
            origin.add(0);
        }
        return finish(snippet, pkg.replace('.', '/') + "/" + (declarations ? fileName(lines) : "Snippet.java"), text, origin);
    }

    private static String fileName(List<String> lines) {
        Matcher m = PUBLIC_TYPE.matcher(String.join("\n", lines));
        return (m.find() ? m.group(1) : "Snippet") + ".java";
    }

    private static Source finish(Snippet snippet, String path, List<String> text, List<Integer> origin) {
        return new Source(snippet, path, String.join("\n", text) + "\n", origin.stream().mapToInt(Integer::intValue).toArray());
    }
}
