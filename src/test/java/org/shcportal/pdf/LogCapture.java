package org.shcportal.pdf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what reaches the root java.util.logging logger while it is open: openhtmltopdf (through our
 * {@link OpenHtmlLog}) and PDFBox (commons-logging, routed by jboss-logging to the same log manager) both end there.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    LogCapture() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    /** Warnings and errors from the PDF libraries (openhtmltopdf, PDFBox, FontBox) and from us. */
    List<String> pdfWarnings() {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(r -> r.getLoggerName() != null && (r.getLoggerName().startsWith("com.openhtmltopdf")
                        || r.getLoggerName().startsWith("org.apache.pdfbox")
                        || r.getLoggerName().startsWith("org.apache.fontbox")
                        || r.getLoggerName().startsWith("org.shcportal.pdf")))
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
