package org.shcportal.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * The help desk's number inside a sentence of a page, made a link that a phone dials ({@code tel:}, RFC 3966) and that
 * never breaks across two lines (class {@code help-phone}, main.css). In a template:
 * {@code {msg:layout_help(registry.helpPhone).withHelpLine}}. The sentence is escaped for HTML here, as Qute would
 * escape it; only the link is markup. Printouts keep the number as plain text.
 */
@TemplateExtension
public class HelpLine {

    private HelpLine() {
    }

    /** The sentence, escaped for HTML, with each occurrence of the help desk's number a link to dial it. */
    static RawString withHelpLine(String sentence) {
        RegistryConfig registry = Globals.registry();
        String number = escape(registry.helpPhone());
        String link = "<a class=\"help-phone\" href=\"tel:" + escape(registry.helpPhoneDial()) + "\">" + number
                + "</a>";
        return new RawString(escape(sentence).replace(number, link));
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
