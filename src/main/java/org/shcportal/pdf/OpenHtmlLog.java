package org.shcportal.pdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log (its own {@code XRLog}, which by default writes to a console handler of its own) to
 * java.util.logging, which Quarkus routes to the application log under the {@code com.openhtmltopdf.*} categories.
 * Its chatter (INFO: "loading font", "using fast mode", … on every render) becomes FINE (DEBUG); warnings and errors
 * stay what they are. The renderer also turns every warning of a render into a {@link PdfRenderException}.
 * {@code XRLog} is global to the JVM, so this is installed once, by the first {@link PdfRenderer}.
 */
final class OpenHtmlLog implements XRLogger {

    private static final OpenHtmlLog INSTANCE = new OpenHtmlLog();

    static {
        XRLog.setLoggerImpl(INSTANCE);
        XRLog.setLoggingEnabled(true);
    }

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    private OpenHtmlLog() {
    }

    /** Installs this logger (on first use of the class; later calls do nothing). */
    static void install() {
        // the static initialiser does the work
    }

    @Override
    public void log(String where, Level level, String msg) {
        logger(where).log(quieter(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        logger(where).log(quieter(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        logger(logger).setLevel(level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return logger(diagnostic.getLogMessageId().getWhere()).isLoggable(quieter(diagnostic.getLevel()));
    }

    static Level quieter(Level level) {
        return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
    }

    private Logger logger(String name) {
        return loggers.computeIfAbsent(name, Logger::getLogger);
    }
}
