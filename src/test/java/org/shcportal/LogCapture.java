package org.shcportal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log line written while it is attached to the root logger, with the text of any exception: for tests that
 * check that no personal data reaches the log.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    public final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(record.getLoggerName() + " " + message + thrown);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
