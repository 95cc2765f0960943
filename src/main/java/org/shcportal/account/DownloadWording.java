package org.shcportal.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shcportal.cards.CardGroup;

/**
 * A card download of the access history in plain words. The audit keeps what was downloaded as a short detail — the
 * form, then the card group's slug, then {@code full} for a full history, e.g. {@code wallet pdf covid-19} or
 * {@code png covid-19 full}; {@code file all} and {@code family pack pdf} name every card, {@code record pdf} the
 * immunization record with its cards — and the audit is
 * append-only, so the detail is worded when it is shown, old rows included. A detail it does not know reads "a card".
 */
final class DownloadWording {

    private static final String FULL = "full";
    /** A SMART Health Link's code or page: "link png|svg|pdf {link id}" (healthlinks.LinkCodeController). */
    private static final String LINK = "link";

    /** The card group's name in the page's language, e.g. "COVID-19". */
    interface GroupNames {
        String of(CardGroup group);
    }

    private final AccountMessages messages;
    private final GroupNames groups;

    DownloadWording(AccountMessages messages, GroupNames groups) {
        this.messages = messages;
        this.groups = groups;
    }

    /**
     * The download in words.
     *
     * @param initials the initials of the person whose card it is when that is not the reader, else null
     */
    String of(String detail, String initials) {
        List<String> words = detail == null ? List.of() : List.of(detail.strip().split(" +"));
        if (words.equals(List.of("family", "pack", "pdf"))) {
            return messages.download_family_pack(all(initials));
        }
        if (words.equals(List.of("record", "pdf"))) {
            return initials == null ? messages.download_record() : messages.download_record_of(initials);
        }
        if (words.equals(List.of("file", "all"))) {
            return messages.download_file(all(initials));
        }
        if (words.size() == 3 && words.get(0).equals(LINK)) {
            return words.get(1).equals("pdf") ? messages.download_link_pdf()
                    : messages.download_link_qr(words.get(1).toUpperCase(Locale.ROOT));
        }
        boolean full = !words.isEmpty() && words.get(words.size() - 1).equals(FULL);
        List<String> form = full ? words.subList(0, words.size() - 1) : words;
        if (form.isEmpty()) {
            return messages.download_other(anyCard(initials));
        }
        Optional<CardGroup> group = group(form.get(form.size() - 1));
        if (group.isEmpty()) {
            return messages.download_other(anyCard(initials));
        }
        String card = card(groups.of(group.get()), full, initials);
        return switch (String.join(" ", form.subList(0, form.size() - 1))) {
            case "file" -> messages.download_file(card);
            case "png" -> messages.download_qr(card, "PNG");
            case "svg" -> messages.download_qr(card, "SVG");
            case "pdf" -> messages.download_pdf(card);
            case "wallet pdf" -> messages.download_wallet_pdf(card);
            case "print" -> messages.download_print(card);
            default -> messages.download_other(card);
        };
    }

    private String card(String group, boolean full, String initials) {
        if (full) {
            return initials == null ? messages.download_history(group) : messages.download_history_of(group, initials);
        }
        return initials == null ? messages.download_card(group) : messages.download_card_of(group, initials);
    }

    private String all(String initials) {
        return initials == null ? messages.download_all() : messages.download_all_of(initials);
    }

    private String anyCard(String initials) {
        return initials == null ? messages.download_any() : messages.download_any_of(initials);
    }

    private static Optional<CardGroup> group(String slug) {
        return Arrays.stream(CardGroup.values()).filter(group -> group.slug().equals(slug)).findFirst();
    }
}
