package org.shcportal.downloads;

import static org.shcportal.fixtures.TestPeople.idOf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shcportal.guardians.PersonAccess;
import org.shcportal.pdf.PageFormat;
import org.shcportal.pdf.PdfRenderer;
import org.shcportal.printouts.CardPrintouts;
import org.shcportal.printouts.CardPrintouts.PrintedCard;
import org.shcportal.printouts.ImmunizationRecord;
import org.shcportal.registry.Person;
import org.shcportal.web.Language;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * CPU of one render of the two PDFs residents download most: John's COVID-19 card PDF (NM-000001, the single-code
 * card and its full history) and Marisol's family pack (NM-000004: her two minor children's records and cards). Their
 * XHTML is made once by the portal's own templates; then the renderer alone runs, the two documents alternating so
 * that the machine's other load falls on both alike. The CPU time of the rendering thread (ThreadMXBean) per render,
 * and its wall time p50; the XHTML and the PDFs go to {@code target/benchmarks/}, to compare the PDFs' text. Skipped unless
 * {@code -Dbenchmark=true}: {@code ./mvnw -B -q test -Dtest=PrintoutPdfBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.warmUp=N] [-Dbenchmark.rounds=N]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PrintoutPdfBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path OUT = Path.of("target", "benchmarks");

    @Inject
    CardFinder finder;

    @Inject
    PersonAccess access;

    @Inject
    CardPrintouts printouts;

    @Inject
    ImmunizationRecord records;

    /** Keeps the JIT from dropping work whose result is unused. */
    private static volatile Object sink;

    @Test
    void cpuPerCardPdfAndFamilyPack() throws IOException {
        int warmUp = Integer.getInteger("benchmark.warmUp", 200); // rounds before the measured ones, for the JIT
        int rounds = Integer.getInteger("benchmark.rounds", 300);
        String card = QuarkusTransaction.requiringNew().call(() -> {
            Person john = Person.findById(idOf("NM-000001"));
            List<PrintedCard> printed = finder.printed(john, "covid-19", false, false);
            return printouts.xhtml(printed, Language.EN, false,
                    printouts.title(john, printed.get(0).card().group(), Language.EN));
        });
        String pack = QuarkusTransaction.requiringNew().call(() -> {
            Person marisol = Person.findById(idOf("NM-000004"));
            List<ImmunizationRecord.Entry> children = new ArrayList<>();
            access.childrenOf(marisol).forEach(child -> children.add(finder.recordOf(child)));
            return records.xhtml(children, Language.EN, records.familyTitle(marisol, Language.EN));
        });
        PdfRenderer renderer = new PdfRenderer();
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("card.xhtml"), card);
        Files.writeString(OUT.resolve("family-pack.xhtml"), pack);
        Files.write(OUT.resolve("card.pdf"), renderer.render(card, PageFormat.LETTER));
        Files.write(OUT.resolve("family-pack.pdf"), renderer.render(pack, PageFormat.LETTER));
        for (int i = 0; i < warmUp; i++) {
            sink = renderer.render(card, PageFormat.LETTER);
            sink = renderer.render(pack, PageFormat.LETTER);
        }
        long[][] cpu = new long[2][rounds];
        long[][] wall = new long[2][rounds];
        for (int i = 0; i < rounds; i++) {
            measure(renderer, card, cpu[0], wall[0], i);
            measure(renderer, pack, cpu[1], wall[1], i);
        }
        String report = line("card PDF (NM-000001, COVID-19)", cpu[0], wall[0])
                + line("family pack (NM-000004)", cpu[1], wall[1]);
        System.out.print(report);
        Files.writeString(OUT.resolve("printout-pdf.txt"), report);
    }

    private static void measure(PdfRenderer renderer, String xhtml, long[] cpu, long[] wall, int i) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        sink = renderer.render(xhtml, PageFormat.LETTER);
        wall[i] = System.nanoTime() - start;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }

    private static String line(String name, long[] cpu, long[] wall) {
        double mean = Arrays.stream(cpu).average().orElseThrow() / 1e6;
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        long[] sortedWall = wall.clone();
        Arrays.sort(sortedWall);
        return String.format("%-32s %d renders: CPU mean %.1f ms, p50 %.1f ms; wall p50 %.1f ms; load average %.1f%n",
                name, cpu.length, mean, sortedCpu[cpu.length / 2] / 1e6, sortedWall[wall.length / 2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
