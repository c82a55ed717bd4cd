package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusableArchiveTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveTheJvmDidNotMapIsDeleted() throws IOException {
        Path archive = Files.writeString(dir.resolve("jointresponse.jsa"), "archive");
        JointResponseCli.forgetUnusableArchive(archive.toString(), "mixed mode");
        assertThat(archive).doesNotExist();
    }

    @Test
    void anArchiveInUseIsKept() throws IOException {
        Path archive = Files.writeString(dir.resolve("jointresponse.jsa"), "archive");
        JointResponseCli.forgetUnusableArchive(archive.toString(), "mixed mode, sharing");
        assertThat(archive).exists();
    }

    @Test
    void onlyAnArchiveIsEverDeleted() throws IOException {
        Path other = Files.writeString(dir.resolve("notes.txt"), "notes");
        JointResponseCli.forgetUnusableArchive(other.toString(), "mixed mode");
        JointResponseCli.forgetUnusableArchive(null, "mixed mode");
        JointResponseCli.forgetUnusableArchive(dir.resolve("missing.jsa").toString(), null);
        JointResponseCli.forgetUnusableArchive(dir.resolve("missing.jsa").toString(), "mixed mode");
        assertThat(other).exists();
    }
}
