package org.shcportal.checking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much "check a card" takes on at once, and from one address. */
@ConfigMapping(prefix = "portal.check")
public interface CheckConfig {

    /**
     * Checks a replica works on at once, from the first byte of the upload to the page; more are told to try again in
     * a minute (503). Each holds at most its upload twice in memory (as read, then as one array): 8 × 2 × 5 MB = 80 MB,
     * under a tenth of production's 1075 MB heap (helm/shc-portal/values.yaml: 70 % of 1536 MiB). The CPU they take
     * is bounded apart: at most {@link QrPicture#PARALLEL} pictures are decoded at once.
     */
    @WithDefault("8")
    int concurrentChecks();

    /**
     * Checks one client address may start per {@link #window()}; more are told to wait (429). A person checks a card
     * or a family's few; a school nurse checking a class one card at a time starts about one every ten seconds.
     */
    @WithDefault("20")
    int checksPerAddress();

    /** The counting window of {@link #checksPerAddress()}. */
    @WithDefault("1m")
    Duration window();

    /**
     * How long an upload may take to arrive before the connection is closed, so that slow senders cannot hold the
     * places of {@link #concurrentChecks()}: 5 MB over a 1 Mbit/s uplink take 42 s.
     */
    @WithDefault("60s")
    Duration uploadTime();
}
