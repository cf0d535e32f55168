package eu.skills4cities.citycert.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code postmaster.pid} lock file PostgreSQL keeps in its data directory while a server
 * runs on it; its first line is the postmaster's process id.
 */
record PostmasterPidFile(Path file, long pid) {

    static final String NAME = "postmaster.pid";

    /** The lock file of {@code dataDirectory}, if there is one with a readable process id. */
    static Optional<PostmasterPidFile> in(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            OptionalLong pid = lines.isEmpty() ? OptionalLong.empty() : parse(lines.get(0));
            if (pid.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(file, pid.getAsLong()));
        } catch (IOException e) {
            // PostgreSQL writes the file in one go; one we cannot read is left for PostgreSQL to judge
            return Optional.empty();
        }
    }

    private static OptionalLong parse(String line) {
        try {
            long pid = Long.parseLong(line.trim());
            return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
