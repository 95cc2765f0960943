package org.shcportal.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses the MLLP listener takes messages from: single IPv4 or IPv6 addresses and CIDR blocks (RFC 4632;
 * RFC 4291 section 2.3 for IPv6 prefixes). Names are refused, so that the list never depends on DNS.
 */
final class AllowedSenders {

    /** Digits, hex digits, dots and colons: an address literal, never a host name. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Block> blocks;

    private AllowedSenders(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * The list from {@code entries}, e.g. {@code 10.0.4.17}, {@code 10.0.8.0/24}, {@code 2001:db8::/32}.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or a block
     */
    static AllowedSenders of(List<String> entries) {
        return new AllowedSenders(entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(AllowedSenders::block).toList());
    }

    boolean allows(InetAddress peer) {
        byte[] address = peer.getAddress();
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String literal = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry);
        }
        byte[] address;
        try {
            address = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry, e);
        }
        int bits = address.length * Byte.SIZE;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry, e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry);
        }
        return new Block(address, prefix);
    }

    /** An address and how many of its leading bits a peer's address must share with it. */
    private record Block(byte[] address, int prefix) {

        boolean contains(byte[] peer) {
            if (peer.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % Byte.SIZE);
                if ((peer[bit / Byte.SIZE] & mask) != (address[bit / Byte.SIZE] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
