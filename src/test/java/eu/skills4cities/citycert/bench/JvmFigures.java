package eu.skills4cities.citycert.bench;

import java.lang.management.ManagementFactory;

/** What the benchmarks that run server and client in one JVM read off it: the heap in use, and the machine. */
final class JvmFigures {

    private JvmFigures() {
    }

    /**
     * The heap in use after a full collection (of this JVM: the server and the benchmark's client): the least of five
     * collections a little apart, since the mail queue, the engine and Tomcat still finish work of the last requests
     * for a moment after them.
     */
    static long heapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** The report's last line: the processor, the cores, the maximum heap, Java and the load at the end. */
    static String machineLine() {
        return "%nMachine: %s, %d cores, max heap %.0f MiB, Java %s; system load average at the end: %.2f.%n"
                .formatted(ReportsBenchmark.machine(), Runtime.getRuntime().availableProcessors(),
                        mib(Runtime.getRuntime().maxMemory()), System.getProperty("java.version"),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
