package org.shcportal.printouts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently made results of a pure function (a QR image of a text, the PDF of a document), kept in memory
 * so that a reload or a second download does not make them again. Safe across replicas: a key's result never
 * changes, so no replica can hold a stale one.
 */
final class RecentlyMade<K, V> {

    private final Map<K, V> recent;

    RecentlyMade(int capacity) {
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The result for the key, made by {@code make} unless it was made recently. */
    V get(K key, Supplier<V> make) {
        V known = recent.get(key);
        if (known != null) {
            return known;
        }
        V made = make.get();
        recent.put(key, made);
        return made;
    }
}
