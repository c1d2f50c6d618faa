package dev.wecruit.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads PostgreSQL's {@code postmaster.pid}, whose first line is the postmaster's process id. */
final class PostmasterPidFile {

    static final String NAME = "postmaster.pid";

    private PostmasterPidFile() {
    }

    static Optional<Long> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<ProcessHandle> liveProcess(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** When the command cannot be read (another user's process), assume it is the postmaster the file names. */
    static boolean looksLikePostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    static void delete(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(NAME));
        } catch (IOException e) {
            // postgres reports a stale pid file itself, with its own message
        }
    }
}
