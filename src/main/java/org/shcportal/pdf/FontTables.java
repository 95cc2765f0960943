package org.shcportal.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes whole tables from a TrueType/OpenType font file (the sfnt container), in memory. The renderer drops the
 * glyph substitution table (GSUB): PDFBox 3 applies it to every text run it writes (ligatures), which took almost
 * half the time of a one-page card, and Latin text needs none of it: every letter we print, accented ones included,
 * has a glyph of its own in the character map. The shipped font files stay untouched.
 */
final class FontTables {

    private static final int HEADER_BYTES = 12;
    private static final int RECORD_BYTES = 16;

    private FontTables() {
    }

    /**
     * The font without the tables named by {@code tags} (e.g. {@code GSUB}); the other tables are copied unchanged.
     *
     * @throws IllegalArgumentException when the bytes are no sfnt font (a TrueType collection is not supported)
     */
    static byte[] without(byte[] font, Set<String> tags) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        if (version != 0x00010000 && version != 0x74727565 && version != 0x4F54544F) { // 1.0, 'true', 'OTTO'
            throw new IllegalArgumentException("Not a TrueType or OpenType font.");
        }
        List<Table> kept = new ArrayList<>();
        int count = Short.toUnsignedInt(in.getShort(4));
        for (int i = 0; i < count; i++) {
            int record = HEADER_BYTES + i * RECORD_BYTES;
            byte[] tag = new byte[4];
            in.get(record, tag);
            Table table = new Table(tag, in.getInt(record + 4), in.getInt(record + 8), in.getInt(record + 12));
            if (!tags.contains(table.name())) {
                kept.add(table);
            }
        }
        return write(version, kept, font);
    }

    private static byte[] write(int version, List<Table> tables, byte[] font) {
        int dataStart = HEADER_BYTES + tables.size() * RECORD_BYTES;
        int size = dataStart;
        for (Table table : tables) {
            size += padded(table.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchPower = Integer.highestOneBit(Math.max(1, tables.size()));
        out.putInt(version).putShort((short) tables.size()).putShort((short) (searchPower * RECORD_BYTES))
                .putShort((short) Integer.numberOfTrailingZeros(searchPower))
                .putShort((short) ((tables.size() - searchPower) * RECORD_BYTES));
        int offset = dataStart;
        for (Table table : tables) {
            out.put(table.tag()).putInt(table.checksum()).putInt(offset).putInt(table.length());
            out.put(offset, font, table.offset(), table.length());
            offset += padded(table.length());
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private record Table(byte[] tag, int checksum, int offset, int length) {

        String name() {
            return new String(tag, StandardCharsets.US_ASCII);
        }
    }
}
