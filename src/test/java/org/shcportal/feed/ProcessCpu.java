package org.shcportal.feed;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server behind a data source (its postmaster and every
 * process it started, those that exited included), read from /proc on Linux (proc(5), /proc/[pid]/stat fields 14 to
 * 17: utime, stime, cutime, cstime, in clock ticks of 10 ms, sysconf(_SC_CLK_TCK) = 100 on Linux x86-64), so that a
 * benchmark can tell the CPU per message whatever else runs on the machine.
 *
 * @param jvmNanos this JVM's CPU time
 * @param postgresNanos the PostgreSQL server's CPU time
 */
record ProcessCpu(long jvmNanos, long postgresNanos) {

    private static final long NANOS_PER_TICK = 10_000_000;

    static ProcessCpu now(DataSource database) throws SQLException, IOException {
        long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long postmaster = parent(backend(database));
        long ticks = ticks(Path.of("/proc", Long.toString(postmaster), "stat"));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    if (fields(process.resolve("stat"))[1].equals(Long.toString(postmaster))) {
                        ticks += ticks(process.resolve("stat"));
                    }
                } catch (IOException e) {
                    // The process exited while the list was read.
                }
            }
        }
        return new ProcessCpu(jvm, ticks * NANOS_PER_TICK);
    }

    /** Milliseconds of CPU per message between {@code before} and now, as "JVM ms, PostgreSQL ms". */
    String perMessageSince(ProcessCpu before, int messages) {
        return String.format("%.2f ms, PostgreSQL %.2f ms", (jvmNanos - before.jvmNanos) / 1e6 / messages,
                (postgresNanos - before.postgresNanos) / 1e6 / messages);
    }

    private static long backend(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long parent(long pid) throws IOException {
        return Long.parseLong(fields(Path.of("/proc", Long.toString(pid), "stat"))[1]);
    }

    private static long ticks(Path stat) throws IOException {
        String[] fields = fields(stat);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** The fields after the command name, which may hold spaces: [0] is field 3 (state), [1] field 4 (ppid). */
    private static String[] fields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
}
