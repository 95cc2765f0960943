package org.shcportal.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shcportal.cards.Card;
import org.shcportal.cards.GroupCard;

/**
 * Speed of the PDF renderer: the first card PDF in this JVM (run this class alone, so that it is the first), without
 * or with {@link PdfRenderer#warmUp()} before it ({@code -Dpdf.benchmark.warmUp=true}), then the warm one-card full
 * page (the target: p50 at most 30 ms) and the other samples. Wall time per render, sorted into percentiles, and the
 * CPU time of the rendering thread, which other processes on the machine disturb less. Not part of the test suite
 * (no "Test" suffix); run it with {@code ./mvnw test -Dtest=PdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * on each JDK with {@code JAVA_HOME}.
 */
class PdfBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean WITH_WARM_UP = Boolean.getBoolean("pdf.benchmark.warmUp");

    /** Keeps the JIT from dropping work whose result is unused. */
    private static volatile Object sink;

    @Test
    void measure() {
        List<GroupCard> john = SampleCards.issue(SampleCards.JOHN);
        Card covid = john.get(0).qr();
        String oneCard = SampleDocuments.withQrCodes("card-en.xhtml", covid.qrTexts());
        GroupCard maria = SampleCards.issue(SampleCards.MARIA).get(0);
        List<String> mariaTexts = new ArrayList<>(maria.qr().qrTexts());
        mariaTexts.addAll(maria.fullHistory().orElseThrow().qrTexts());
        String twoPages = SampleDocuments.withQrCodes("card-es.xhtml", mariaTexts);
        String wallet = SampleDocuments.withQrCodes("wallet-en.xhtml",
                List.of(covid.qrTexts().get(0), john.get(1).qr().qrTexts().get(0)));

        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer();
        long built = System.nanoTime();
        if (WITH_WARM_UP) {
            renderer.warmUp();
        }
        long warm = System.nanoTime();
        sink = renderer.render(oneCard, PageFormat.LETTER);
        long first = System.nanoTime();
        long firstCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        sink = renderer.render(oneCard, PageFormat.LETTER);
        long second = System.nanoTime();
        System.out.printf("JDK %s, %d processors, load average %.1f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("start of this JVM: new PdfRenderer() %.0f ms, warmUp() %s, first card PDF %.0f ms"
                + " (%.0f ms from the start, %.0f ms CPU); second %.0f ms%n", ms(built - start),
                WITH_WARM_UP ? String.format("%.0f ms", ms(warm - built)) : "not called", ms(first - warm),
                ms(first - start), ms(firstCpu), ms(second - first));

        Map<String, Runnable> samples = new LinkedHashMap<>();
        samples.put("one card, full page, Letter (card-en)", () -> sink = renderer.render(oneCard, PageFormat.LETTER));
        samples.put("one card, full page, A4 (card-en)", () -> sink = renderer.render(oneCard, PageFormat.A4));
        samples.put("3 codes, 2 pages, Letter (card-es)", () -> sink = renderer.render(twoPages, PageFormat.LETTER));
        samples.put("2 wallet cards, Letter (wallet-en)", () -> sink = renderer.render(wallet, PageFormat.LETTER));
        for (Runnable render : samples.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                render.run();
            }
        }
        samples.forEach(PdfBenchmark::measure);
    }

    private static void measure(String name, Runnable render) {
        long[] wall = new long[MEASURED];
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            render.run();
            wall[i] = System.nanoTime() - start;
        }
        double cpu = ms(THREADS.getCurrentThreadCpuTime() - cpuStart) / MEASURED;
        Arrays.sort(wall);
        System.out.printf("%-40s p50 %5.1f ms  p90 %5.1f ms  p99 %5.1f ms  max %5.1f ms  CPU %5.1f ms%n", name,
                ms(wall[MEASURED / 2]), ms(wall[MEASURED * 90 / 100]), ms(wall[MEASURED * 99 / 100]),
                ms(wall[MEASURED - 1]), cpu);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
